using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Configuration;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Indexer.Search;
using Pipeline.Running;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.EndToEnd;

/// <summary>The whole pipeline against a real Kestrel site on loopback that also serves broken pages.</summary>
public sealed class FixtureSiteCrawlTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Fact]
    public async Task RunAsync_SiteWithBrokenPages_StoresGoodArticlesSkipsTheRestAndCompletes()
    {
        await using var site = await LoopbackSite.StartAsync(FixtureNews.Serve);
        var runner = new PipelineRunner(Settings(), NullLoggerFactory.Instance, TimeProvider.System);

        var summary = await runner.RunAsync("crawl", [Source(site)], hostOverrides: null, progress: null);

        Assert.Equal("succeeded", summary.Run.Status);
        Assert.Equal(6, summary.Run.Discovered);
        Assert.Equal(3, summary.Run.New);
        Assert.Equal(2, summary.Run.Skipped);
        Assert.Equal(1, summary.Run.Failed);
        Assert.Equal(3, summary.IndexedTotal);
        Assert.Contains(summary.Sources[0].FailureReasons, r => r.Key == "HTTP 500");

        // The analysis ran inside the crawl: every article carries its facts.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={new DataDirectory(data.Path).DatabasePath};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT facts FROM articles WHERE url LIKE '%/bai-1.htm'";
            using var facts = System.Text.Json.JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!);
            Assert.Equal("2025-06-01", facts.RootElement.GetProperty("dates")[0].GetProperty("resolved").GetString());
        }

        // Every response is in the raw archive, so extraction can be re-run without the network.
        var archived = Directory.GetFiles(new DataDirectory(data.Path).RawPath, "*.warc.gz")
            .SelectMany(f => Pipeline.Crawler.Archive.WarcReader.Read(f)).Where(r => r.Type == "response").Select(r => r.TargetUri).ToHashSet();
        Assert.Contains(site.Url("/bai-1.htm").AbsoluteUri, archived);
        Assert.Contains(site.Url("/rss.xml").AbsoluteUri, archived);
        Assert.Contains(site.Url("/loi-may-chu.htm").AbsoluteUri, archived);

        using var searcher = ArticleSearcher.Open(new DataDirectory(data.Path).IndexPath);
        var hit = Assert.Single(searcher.Search(new SearchRequest("Fukuoka")).Hits);
        Assert.Equal(site.Url("/bai-2.htm").AbsoluteUri, hit.Url);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 9, 30, 0, TimeSpan.FromHours(7)), hit.Published);
    }

    [Fact]
    public async Task RunAsync_SecondRun_FetchesNothingAgain()
    {
        await using var site = await LoopbackSite.StartAsync(FixtureNews.Serve);
        var runner = new PipelineRunner(Settings(), NullLoggerFactory.Instance, TimeProvider.System);
        await runner.RunAsync("crawl", [Source(site)], hostOverrides: null, progress: null);

        var second = await runner.RunAsync("crawl", [Source(site)], hostOverrides: null, progress: null);

        Assert.Equal(0, second.Run.Fetched);
        Assert.Equal(0, second.Run.New);
        Assert.Equal(3, second.StoredTotal);
    }

    [Fact]
    public async Task RunAsync_RobotsTxtServerError_FetchesNothing()
    {
        await using var site = await LoopbackSite.StartAsync(context =>
        {
            context.Response.StatusCode = context.Request.Path == "/robots.txt" ? 503 : 200;
            return context.Response.WriteAsync(context.Request.Path == "/robots.txt" ? "busy" : "<rss version=\"2.0\"><channel></channel></rss>");
        });
        var runner = new PipelineRunner(Settings(), NullLoggerFactory.Instance, TimeProvider.System);

        var summary = await runner.RunAsync("crawl", [Source(site)], hostOverrides: null, progress: null);

        Assert.Equal("succeeded", summary.Run.Status);
        Assert.Equal(0, summary.Run.Discovered);
        Assert.Equal(0, summary.Run.Fetched);
    }

    public void Dispose() => data.Dispose();

    private PipelineSettings Settings() => new() { DataDir = data.Path };

    private static CrawlSource Source(LoopbackSite site) =>
        new("fixture", [site.Url("/rss.xml")], [site.Url("/sitemap.xml")], Delay: TimeSpan.Zero, AllowPrivateNetwork: true);
}
