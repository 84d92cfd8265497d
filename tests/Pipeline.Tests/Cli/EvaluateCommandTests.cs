using System.Text.Json;

namespace Pipeline.Tests.Cli;

public sealed class EvaluateCommandTests
{
    [Fact]
    public async Task Evaluate_TestSplitJson_ReportsEveryFigure()
    {
        var (exit, output, error) = await CliHarness.RunAsync("evaluate", "--split", "test", "--json");

        Assert.True(exit == 0, error);
        using var report = JsonDocument.Parse(output);
        var root = report.RootElement;
        Assert.Equal("test", root.GetProperty("split").GetString());
        Assert.True(root.GetProperty("articles").GetInt32() >= 30);
        var extraction = root.GetProperty("extraction");
        Assert.InRange(extraction.GetProperty("titleExact").GetDouble(), 0.9, 1.0);
        Assert.InRange(extraction.GetProperty("body").GetProperty("f1").GetDouble(), 0.9, 1.0);
        Assert.Equal(4, extraction.GetProperty("byOutlet").EnumerateObject().Count());
        foreach (var fact in new[] { "partners", "parties", "counts", "dates" })
        {
            Assert.True(root.GetProperty("facts").GetProperty(fact).TryGetProperty("f1", out _));
        }

        var topics = root.GetProperty("topics")[0];
        Assert.InRange(topics.GetProperty("microF1").GetDouble(), 0.0, 1.0);
        Assert.True(topics.GetProperty("perLabel").EnumerateObject().Count() >= 7);
    }

    [Fact]
    public async Task Evaluate_BenchmarkWithoutData_Exits2()
    {
        var (exit, _, error) = await CliHarness.RunAsync("evaluate", "--benchmark", "article-extraction");

        Assert.Equal(2, exit);
        Assert.Contains("--data", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_BenchmarkDirectoryMissing_Exits1WithMessage()
    {
        var (exit, _, error) = await CliHarness.RunAsync("evaluate", "--benchmark", "article-extraction", "--data", "/no/such/benchmark");

        Assert.Equal(1, exit);
        Assert.Contains("ground-truth.json is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_UnknownSplit_Exits2()
    {
        var (exit, _, _) = await CliHarness.RunAsync("evaluate", "--split", "holdout");

        Assert.Equal(2, exit);
    }
}
