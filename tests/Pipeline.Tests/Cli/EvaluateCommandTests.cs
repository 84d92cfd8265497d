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

    [Fact]
    public async Task Evaluate_CorpusDirectory_ScoresItsTextsWithBothClassifiers()
    {
        using var directory = new TempDirectory();
        foreach (var id in new[] { "zz-01", "zz-02", "zz-03", "zz-04" })
        {
            File.WriteAllText(directory.Combine(id + ".json"), $$"""
                { "id": "{{id}}", "published": "2025-06-02", "text": "Ngày 28/5, Bộ Y tế Lào tặng 20 máy thở.",
                  "cooperation": true, "topics": ["infrastructure-equipment"],
                  "partners": [{ "name": "Bộ Y tế Lào", "key": "bo-y-te-lao", "kind": "org", "country": "Lào", "countryCode": "LA", "span": "Bộ Y tế Lào", "start": 11 }],
                  "parties": [], "counts": [{ "span": "20 máy thở", "start": 28, "value": 20, "approx": "exact", "noun": "máy thở", "currency": null }],
                  "dates": [{ "span": "Ngày 28/5", "start": 0, "resolved": "2025-05-28" }] }
                """);
        }

        var (exit, output, error) = await CliHarness.RunAsync("evaluate", "--corpus", directory.Path, "--split", "all", "--json");

        Assert.True(exit == 0, error);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(4, report.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(1.0, report.RootElement.GetProperty("facts").GetProperty("dates").GetProperty("recall").GetDouble());
        Assert.Equal("keyword baseline", report.RootElement.GetProperty("topics")[0].GetProperty("classifier").GetString());
    }

    [Fact]
    public async Task Evaluate_CorpusWithTrainSplit_UsageError()
    {
        using var directory = new TempDirectory();

        var (exit, _, error) = await CliHarness.RunAsync("evaluate", "--corpus", directory.Path, "--split", "train");

        Assert.Equal(2, exit);
        Assert.Contains("dev and test", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_CorpusDirectoryMissing_Exits1WithMessage()
    {
        var (exit, _, error) = await CliHarness.RunAsync("evaluate", "--corpus", "/nonexistent/real-dev");

        Assert.Equal(1, exit);
        Assert.Contains("/nonexistent/real-dev", error, StringComparison.Ordinal);
    }

    [SharedDataFact("real-dev")]
    public async Task Evaluate_RealDevDevSplit_ReportsFactsAndTopics()
    {
        var (exit, output, error) = await CliHarness.RunAsync("evaluate", "--corpus", SharedData.Directory("real-dev")!, "--split", "dev", "--errors");

        Assert.True(exit == 0, error);
        Assert.Contains("split 'dev'", output, StringComparison.Ordinal);
        Assert.Contains("Fact errors", output, StringComparison.Ordinal);
        Assert.Contains("Topics: side by side", output, StringComparison.Ordinal);
    }
}
