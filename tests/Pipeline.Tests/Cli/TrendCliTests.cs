using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.Querying;
using Pipeline.Tests.Querying;
using Pipeline.Tests.Web;

namespace Pipeline.Tests.Cli;

/// <summary>
/// Issue #27, findings 2 and 11, on the command line: <c>pipeline trends</c> and its subcommands over a crawled archive
/// with days past the edges of the calendar, and with ranges wider than <see cref="TrendSpan.MaxIntervals"/> intervals.
/// </summary>
[Collection(ArchiveTests.Name)]
public sealed class TrendCliTests(WebFixture fixture)
{
    [Theory]
    [InlineData("trends", "--from")]
    [InlineData("trends", "--to")]
    [InlineData("trends partners", "--to")]
    [InlineData("trends countries", "--from")]
    [InlineData("trends counts", "--to")]
    [InlineData("network", "--to")]
    public async Task Trends_DayOutsideTheWindow_ExitsWithUsageErrorAndNoTrace(string command, string option)
    {
        foreach (var day in BoundaryDays.Outside)
        {
            var (exit, output, error) = await CliHarness.RunAsync([.. command.Split(' '), "--data-dir", fixture.DataDir, option, day]);

            Assert.True(exit == 2, $"{command} {option} {day}: exit {exit}\n{error}");
            Assert.Contains(QueryDays.Window, error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.Empty(output);
        }
    }

    [Theory]
    [InlineData("--from", "1900-01-01", "--to", "2100-12-31")]
    [InlineData("--from", "1900-01-01", "--to", "2100-12-31", "--interval", "quarter")]
    [InlineData("--from", "1995-12-31", "--to", "2025-12-31")]
    [InlineData("--from", "1900-01-01")]
    public async Task Trends_RangeOverTheLimit_ExitsWithUsageErrorNamingTheLimit(params string[] range)
    {
        var (exit, output, error) = await CliHarness.RunAsync(["trends", "--data-dir", fixture.DataDir, "--format", "csv", .. range]);

        Assert.True(exit == 2, $"exit {exit}, {output.Length} characters\n{error}");
        Assert.Contains($"at most {TrendSpan.MaxIntervals} intervals", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Trends_ExactlyTheLimit_PrintsEveryInterval()
    {
        var (exit, output, error) = await CliHarness.RunAsync("trends", "--data-dir", fixture.DataDir, "--from", "1996-01-01", "--to", "2025-12-31", "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(TrendSpan.MaxIntervals, json.RootElement.GetProperty("periods").GetArrayLength());
    }

    [Fact]
    public async Task Trends_WholeWindowByYear_Fits()
    {
        var (exit, output, error) = await CliHarness.RunAsync("trends", "--data-dir", fixture.DataDir, "--from", "1900-01-01", "--to", "2100-12-31", "--interval", "year", "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(201, json.RootElement.GetProperty("periods").GetArrayLength());
    }

    [Fact]
    public async Task Trends_Help_NamesTheLimits()
    {
        var (exit, output, _) = await CliHarness.RunAsync("trends", "--help");

        Assert.Equal(0, exit);
        var text = Regex.Replace(output, @"\s+", " ");
        Assert.Contains($"at most {TrendSpan.MaxIntervals} intervals", text, StringComparison.Ordinal);
        Assert.Contains(QueryDays.Window, text, StringComparison.Ordinal);
    }
}
