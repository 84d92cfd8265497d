using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.EndToEnd;

public sealed class ReextractTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Fact]
    public async Task Reextract_AfterCrawl_IdempotentAndRepairsAChangedArticle()
    {
        await using (var site = await LoopbackSite.StartAsync(FixtureNews.Serve))
        {
            var config = data.Combine("pipeline.json");
            await File.WriteAllTextAsync(config, """{ "Crawl": { "DefaultDelay": "00:00:00" }, "Fetcher": { "MaxRetries": 0 } }""");
            var (exit, _, error) = await CliHarness.RunAsync("crawl", "--feed", site.Url("/rss.xml").AbsoluteUri, "--allow-private", "--data-dir", data.Combine("d"), "--config", config);
            Assert.True(exit == 0, error);
        }

        var first = await ReextractAsync();
        Assert.Equal(FixtureNews.Articles, first.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, first.GetProperty("updated").GetInt32() + first.GetProperty("new").GetInt32());

        await using (var connection = new SqliteConnection($"Data Source={new DataDirectory(data.Combine("d")).DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE articles SET body = 'hỏng', content_hash = 'x' WHERE url LIKE '%/bai-1.htm'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var repaired = await ReextractAsync();
        Assert.Equal(1, repaired.GetProperty("updated").GetInt32());
        Assert.Equal(1, repaired.GetProperty("indexed").GetInt32());

        var again = await ReextractAsync();
        Assert.Equal(FixtureNews.Articles, again.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Reextract_ArticlesWithoutTheirCharsetDecision_DecisionRestoredFromTheArchive()
    {
        await using (var site = await LoopbackSite.StartAsync(CharsetNews.Serve))
        {
            var config = data.Combine("pipeline.json");
            await File.WriteAllTextAsync(config, $$"""{ "Crawl": { "DefaultDelay": "00:00:00" }, "Fetcher": { "MaxRetries": 0, "MaxBodyBytes": {{CharsetNews.MaxBodyBytes}} } }""");
            var (exit, _, error) = await CliHarness.RunAsync("crawl", "--feed", site.Url("/rss.xml").AbsoluteUri, "--allow-private", "--data-dir", data.Combine("d"), "--config", config);
            Assert.True(exit == 0, error);
        }

        var crawled = await DecisionsAsync();
        Assert.Equal("utf-8|utf-8|declared|1", crawled[CharsetNews.StrayPath]);
        Assert.Equal("utf-8|utf-8|declared|0", crawled[CharsetNews.LongPath]);

        var first = await ReextractAsync();
        Assert.Equal(CharsetNews.Articles, first.GetProperty("unchanged").GetInt32());
        Assert.Equal(crawled, await DecisionsAsync());

        // As if stored before decisions were kept: the stray and the long page also changed, so they are stored again.
        await using (var connection = new SqliteConnection($"Data Source={new DataDirectory(data.Combine("d")).DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                UPDATE articles SET charset_declared = NULL, charset_used = NULL, charset_reason = NULL, charset_replaced = NULL;
                UPDATE articles SET body = 'hỏng', content_hash = 'x' WHERE url LIKE '%{CharsetNews.StrayPath}' OR url LIKE '%{CharsetNews.LongPath}';
                """;
            Assert.Equal(CharsetNews.Articles + 2, await command.ExecuteNonQueryAsync());
        }

        var repaired = await ReextractAsync();
        Assert.Equal(2, repaired.GetProperty("updated").GetInt32());
        Assert.Equal(1, repaired.GetProperty("unchanged").GetInt32());
        // The long page's body is marked WARC-Truncated in the archive: its cut character is dropped, as in the crawl.
        Assert.Equal(crawled, await DecisionsAsync());
    }

    public void Dispose() => data.Dispose();

    private async Task<Dictionary<string, string>> DecisionsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={new DataDirectory(data.Combine("d")).DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT url, charset_declared || '|' || charset_used || '|' || charset_reason || '|' || charset_replaced FROM articles";
        var decisions = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            decisions[new Uri(reader.GetString(0)).AbsolutePath] = reader.IsDBNull(1) ? "none" : reader.GetString(1);
        }

        return decisions;
    }

    [Fact]
    public async Task Reextract_RawDirectoriesListed_ReadsThemInsteadOfTheDataDirectorysOwn()
    {
        await using (var site = await LoopbackSite.StartAsync(FixtureNews.Serve))
        {
            var config = data.Combine("pipeline.json");
            await File.WriteAllTextAsync(config, """{ "Crawl": { "DefaultDelay": "00:00:00" }, "Fetcher": { "MaxRetries": 0 } }""");
            var (exit, _, error) = await CliHarness.RunAsync("crawl", "--feed", site.Url("/rss.xml").AbsoluteUri, "--allow-private", "--data-dir", data.Combine("d"), "--config", config);
            Assert.True(exit == 0, error);
        }

        // Another node's archive, as an operator mounts it: the data directory's own raw/ is empty.
        var own = new DataDirectory(data.Combine("d")).RawPath;
        var elsewhere = data.Combine("node-b-raw");
        Directory.Move(own, elsewhere);
        Directory.CreateDirectory(own);

        var (none, noneOut, _) = await CliHarness.RunAsync("reextract", "--json", "--data-dir", data.Combine("d"));
        var (listed, listedOut, listedError) = await CliHarness.RunAsync("reextract", "--json", "--raw", elsewhere, "--data-dir", data.Combine("d"));
        var (missing, _, missingError) = await CliHarness.RunAsync("reextract", "--raw", data.Combine("khong-co"), "--data-dir", data.Combine("d"));

        Assert.Equal(0, none);
        Assert.Equal(0, JsonDocument.Parse(noneOut).RootElement.GetProperty("files").GetInt32());
        Assert.True(listed == 0, listedError);
        Assert.Equal(FixtureNews.Articles, JsonDocument.Parse(listedOut).RootElement.GetProperty("unchanged").GetInt32());
        Assert.NotEqual(0, missing);
        Assert.Contains("khong-co", missingError, StringComparison.Ordinal);
    }

    private async Task<JsonElement> ReextractAsync()
    {
        var (exit, output, error) = await CliHarness.RunAsync("reextract", "--json", "--data-dir", data.Combine("d"));
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
