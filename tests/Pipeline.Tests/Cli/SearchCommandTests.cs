using System.Text.Json;
using Pipeline.Querying;
using Pipeline.Tests.Output.Citations;
using Pipeline.Tests.Querying;
using Pipeline.Tests.Web;

namespace Pipeline.Tests.Cli;

/// <summary>Issue #27, finding 2, on the command line: <c>pipeline search</c> over a crawled archive with days past the edges of the calendar.</summary>
[Collection(ArchiveTests.Name)]
public sealed class SearchCommandTests(WebFixture fixture)
{
    [Theory]
    [InlineData("--from")]
    [InlineData("--to")]
    public async Task Search_DayOutsideTheWindow_ExitsWithUsageErrorAndNoTrace(string option)
    {
        foreach (var day in BoundaryDays.Outside)
        {
            var (exit, output, error) = await CliHarness.RunAsync("search", "hợp tác", "--data-dir", fixture.DataDir, option, day);

            Assert.True(exit == 2, $"{option} {day}: exit {exit}\n{error}");
            Assert.Contains(QueryDays.Window, error, StringComparison.Ordinal);
            Assert.DoesNotContain("unexpected", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.Empty(output);
        }
    }

    [Fact]
    public async Task Search_WholeWindow_FindsWhatOpenEndsFind()
    {
        var (openExit, open, _) = await CliHarness.RunAsync("search", "hợp tác", "--data-dir", fixture.DataDir, "--json");
        var (exit, bounded, error) = await CliHarness.RunAsync("search", "hợp tác", "--data-dir", fixture.DataDir, "--json", "--from", "1900-01-01", "--to", "2100-12-31");

        Assert.Equal(0, openExit);
        Assert.True(exit == 0, error);
        Assert.Equal(Total(open), Total(bounded));
        Assert.True(Total(open) > 0);
    }

    [Fact]
    public async Task Search_FromAfterTo_ExitsWithUsageError()
    {
        var (exit, _, error) = await CliHarness.RunAsync("search", "hợp tác", "--data-dir", fixture.DataDir, "--from", "2025-02-01", "--to", "2025-01-01");

        Assert.Equal(2, exit);
        Assert.Contains("after --to", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FormatRis_WritesOneRisRecordPerHitOfThePage()
    {
        var (jsonExit, json, _) = await CliHarness.RunAsync("search", "hợp tác", "--data-dir", fixture.DataDir, "--limit", "4", "--json");
        var (exit, ris, error) = await CliHarness.RunAsync("search", "hợp tác", "--data-dir", fixture.DataDir, "--limit", "4", "--format", "ris");

        Assert.Equal(0, jsonExit);
        Assert.True(exit == 0, error);
        var records = RisReader.Parse(ris);
        using var document = JsonDocument.Parse(json);
        var titles = document.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.Equal(4, records.Count);
        Assert.Equal(titles, records.Select(r => r.Single("TI")).ToList());
        Assert.All(records, r => Assert.Equal("Tin Lưu Trữ", r.Single("T2")));
        Assert.All(records, r => Assert.Matches("^[0-9]{4}/[0-9]{2}/[0-9]{2}/$", r.Single("Y2")));
    }

    [Theory]
    [InlineData("bibtex")]
    [InlineData("csl-json")]
    public async Task Search_CitationFormat_WritesCitationsThatParse(string format)
    {
        var (exit, output, error) = await CliHarness.RunAsync("search", "JICA", "--data-dir", fixture.DataDir, "--format", format);

        Assert.True(exit == 0, error);
        if (format == "bibtex")
        {
            Assert.NotEmpty(BibtexReader.Parse(output));
        }
        else
        {
            Assert.Empty(CslSchema.Validate(output));
        }
    }

    [Fact]
    public async Task Search_FormatJson_IsWhatJsonWrites()
    {
        var (_, json, _) = await CliHarness.RunAsync("search", "JICA", "--data-dir", fixture.DataDir, "--json");
        var (exit, formatted, _) = await CliHarness.RunAsync("search", "JICA", "--data-dir", fixture.DataDir, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(Total(json), Total(formatted));
    }

    [Fact]
    public async Task Search_JsonWithCitationFormat_ExitsWithUsageError()
    {
        var (exit, output, error) = await CliHarness.RunAsync("search", "JICA", "--data-dir", fixture.DataDir, "--json", "--format", "ris");

        Assert.Equal(2, exit);
        Assert.Contains("--json", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    private static int Total(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("total").GetInt32();
    }
}
