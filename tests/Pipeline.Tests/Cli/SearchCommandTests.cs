using System.Text.Json;
using Pipeline.Querying;
using Pipeline.Tests.Querying;
using Pipeline.Tests.Web;

namespace Pipeline.Tests.Cli;

/// <summary>Issue #27, finding 2, on the command line: <c>pipeline search</c> over a crawled archive with days past the edges of the calendar.</summary>
[Collection(WebTests.Name)]
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

    private static int Total(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("total").GetInt32();
    }
}
