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
    public async Task Evaluate_TopicsDevJson_ErrorsAreTheArticlesWhoseLabelsDiffer()
    {
        var (exit, output, error) = await CliHarness.RunAsync("evaluate", "--topics", "--split", "dev", "--json");

        Assert.True(exit == 0, error);
        using var report = JsonDocument.Parse(output);
        var baseline = report.RootElement.GetProperty("topics")[0];
        var errors = baseline.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            var expected = e.GetProperty("expected").EnumerateArray().Select(l => l.GetString()).ToHashSet();
            var predicted = e.GetProperty("predicted").EnumerateArray().Select(t => t.GetProperty("label").GetString()).ToHashSet();
            var missed = e.GetProperty("missed").EnumerateArray().Select(l => l.GetString()).ToHashSet();
            var spurious = e.GetProperty("spurious").EnumerateArray().Select(l => l.GetString()).ToHashSet();
            Assert.True(missed.SetEquals(expected.Except(predicted)));
            Assert.True(spurious.SetEquals(predicted.Except(expected)));
            Assert.True(missed.Count + spurious.Count > 0 || e.GetProperty("cooperation").GetBoolean() != e.GetProperty("predictedCooperation").GetBoolean());
        });
    }

    [Fact]
    public async Task Evaluate_TopicsErrors_ListsTopicErrorsWithoutFactErrors()
    {
        var (exit, output, error) = await CliHarness.RunAsync("evaluate", "--topics", "--split", "dev", "--errors");

        Assert.True(exit == 0, error);
        Assert.Contains("Topic errors: keyword baseline", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Fact errors", output, StringComparison.Ordinal);
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
