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

    public void Dispose() => data.Dispose();

    private async Task<JsonElement> ReextractAsync()
    {
        var (exit, output, error) = await CliHarness.RunAsync("reextract", "--json", "--data-dir", data.Combine("d"));
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
