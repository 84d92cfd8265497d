using System.Text.Json;

namespace Pipeline.Tests.EndToEnd;

[Trait("Category", "Slow")]
public sealed class DemoEndToEndTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Fact]
    public async Task Demo_RunTwice_StoresEverythingOnceAndSearchWorksWithAndWithoutDiacritics()
    {
        var (exit, output, error) = await CliHarness.RunAsync("demo", "--json", "--data-dir", data.Path);
        Assert.True(exit == 0, error);
        using var first = JsonDocument.Parse(output);
        var articles = first.RootElement.GetProperty("site").GetProperty("articles").GetInt32();
        Assert.True(articles >= 12, $"the demo site should publish at least 12 articles, found {articles}");
        Assert.Equal(articles, first.RootElement.GetProperty("run").GetProperty("new").GetInt32());
        Assert.Equal(articles, first.RootElement.GetProperty("indexedTotal").GetInt32());
        // The demo plants one removed article (404) and one page robots.txt forbids; syndicated copies are duplicates.
        Assert.Equal(1, first.RootElement.GetProperty("run").GetProperty("failed").GetInt32());
        Assert.Equal(1, first.RootElement.GetProperty("run").GetProperty("blocked").GetInt32());
        Assert.True(first.RootElement.GetProperty("run").GetProperty("duplicates").GetInt32() > 0);

        (exit, output, error) = await CliHarness.RunAsync("demo", "--json", "--data-dir", data.Path);
        Assert.True(exit == 0, error);
        using var second = JsonDocument.Parse(output);
        Assert.Equal(0, second.RootElement.GetProperty("run").GetProperty("new").GetInt32());
        Assert.Equal(0, second.RootElement.GetProperty("run").GetProperty("fetched").GetInt32());
        Assert.Equal(articles, second.RootElement.GetProperty("storedTotal").GetInt32());

        var accented = await SearchIdsAsync("hợp tác");
        var folded = await SearchIdsAsync("hop tac");
        Assert.NotEmpty(accented);
        Assert.Equal(accented.Order(StringComparer.Ordinal), folded.Order(StringComparer.Ordinal));

        // The crawl analysed and classified every article: topics and partners reach the index as filters and facets.
        (exit, output, error) = await CliHarness.RunAsync("search", "hợp tác", "--topic", "training-capacity", "--country", "jp", "--json", "--limit", "100", "--data-dir", data.Path);
        Assert.True(exit == 0, error);
        using (var filtered = JsonDocument.Parse(output))
        {
            var hits = filtered.RootElement.GetProperty("hits").EnumerateArray().ToList();
            Assert.NotEmpty(hits);
            Assert.All(hits, h => Assert.Contains(h.GetProperty("topics").EnumerateArray(), t => t.GetProperty("label").GetString() == "training-capacity"));
            Assert.All(hits, h => Assert.NotEmpty(h.GetProperty("partners").EnumerateArray()));
            var facets = filtered.RootElement.GetProperty("facets");
            Assert.Equal(hits.Count, facets.GetProperty("country").GetProperty("JP").GetInt32());
            Assert.True(facets.GetProperty("month").EnumerateObject().Any());
        }

        (exit, _, error) = await CliHarness.RunAsync("search", "hợp tác", "--from", "tháng 5", "--data-dir", data.Path);
        Assert.Equal(2, exit);
        Assert.Contains("--from", error, StringComparison.Ordinal);

        (exit, output, _) = await CliHarness.RunAsync("stats", "--json", "--data-dir", data.Path);
        Assert.Equal(0, exit);
        using var stats = JsonDocument.Parse(output);
        Assert.Equal(articles, stats.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(articles, stats.RootElement.GetProperty("indexed").GetInt32());
        Assert.Equal(articles, stats.RootElement.GetProperty("frontier").GetProperty("fetched").GetInt32());
        Assert.Equal("succeeded", stats.RootElement.GetProperty("lastRun").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Demo_TableOutput_SecondRunSaysNothingNew()
    {
        Assert.Equal(0, (await CliHarness.RunAsync("demo", "--data-dir", data.Path)).ExitCode);

        var (exit, output, _) = await CliHarness.RunAsync("demo", "--data-dir", data.Path);

        Assert.Equal(0, exit);
        Assert.Contains("Nothing new", output, StringComparison.Ordinal);
        Assert.Contains("Sample search", output, StringComparison.Ordinal);

        var before = await SearchIdsAsync("hợp tác");
        (exit, output, var error) = await CliHarness.RunAsync("reindex", "--reanalyze", "--json", "--data-dir", data.Path);
        Assert.True(exit == 0, error);
        using var summary = JsonDocument.Parse(output);
        var indexed = summary.RootElement.GetProperty("indexed").GetInt32();
        Assert.Equal(indexed, summary.RootElement.GetProperty("reanalysed").GetInt32());
        Assert.True(indexed > 100, $"{indexed} articles indexed");
        Assert.Equal(before.Order(StringComparer.Ordinal), (await SearchIdsAsync("hợp tác")).Order(StringComparer.Ordinal));
        Assert.Equal(["index", "pipeline.db"], Directory.GetFileSystemEntries(data.Path).Select(Path.GetFileName).Where(n => n!.StartsWith("index", StringComparison.Ordinal) || n == "pipeline.db").Order(StringComparer.Ordinal));
    }

    public void Dispose() => data.Dispose();

    private async Task<List<string>> SearchIdsAsync(string query)
    {
        var (exit, output, error) = await CliHarness.RunAsync("search", query, "--json", "--limit", "100", "--data-dir", data.Path);
        Assert.True(exit == 0, error);
        using var results = JsonDocument.Parse(output);
        Assert.True(results.RootElement.GetProperty("total").GetInt32() > 0);
        return results.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }
}
