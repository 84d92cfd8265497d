using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Configuration;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Fetching;
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
        var runner = new PipelineRunner(Settings(), NullLoggerFactory.Instance, TimeProvider.System, ShippedServices.Topics);

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
        var runner = new PipelineRunner(Settings(), NullLoggerFactory.Instance, TimeProvider.System, ShippedServices.Topics);
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
        var runner = new PipelineRunner(Settings(), NullLoggerFactory.Instance, TimeProvider.System, ShippedServices.Topics);

        var summary = await runner.RunAsync("crawl", [Source(site)], hostOverrides: null, progress: null);

        // Nothing on the host could be read: the run finishes, and says so.
        Assert.Equal("partial", summary.Run.Status);
        Assert.Equal(0, summary.Run.Discovered);
        Assert.Equal(0, summary.Run.Fetched);
    }

    [Fact]
    public async Task RunAsync_PageWithStrayInvalidByte_StoresAndLogsTheCharsetDecision()
    {
        await using var site = await LoopbackSite.StartAsync(CharsetNews.Serve);
        using var recorder = new RecordingLoggerProvider();
        using var loggers = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(recorder));
        var settings = Settings();
        settings.Fetcher.MaxBodyBytes = CharsetNews.MaxBodyBytes;
        var runner = new PipelineRunner(settings, loggers, TimeProvider.System, ShippedServices.Topics);

        var summary = await runner.RunAsync("crawl", [new CrawlSource("charset", [site.Url("/rss.xml")], [], Delay: TimeSpan.Zero, AllowPrivateNetwork: true)], hostOverrides: null, progress: null);

        Assert.Equal(CharsetNews.Articles, summary.Run.New);
        var stray = site.Url(CharsetNews.StrayPath);
        var database = await PipelineDatabase.OpenAsync(new DataDirectory(data.Path).DatabasePath, create: false, TimeProvider.System);
        await using (var connection = await database.OpenConnectionAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT charset_declared, charset_used, charset_reason, charset_replaced FROM articles WHERE url = $url";
            command.Parameters.AddWithValue("$url", stray.AbsoluteUri);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(("utf-8", "utf-8", "declared", 1L), (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        var articles = new SqliteArticleStore(database, TimeProvider.System);
        Assert.Equal(new CharsetDecision("utf-8", "utf-8", CharsetReason.Declared, 1), (await articles.FindAsync(SqliteArticleStore.IdFor(stray)))!.Charset);
        Assert.Equal(0, (await articles.FindAsync(SqliteArticleStore.IdFor(site.Url(CharsetNews.CleanPath))))!.Charset!.ReplacedCharacters);
        // The long page was cut inside a character at the size limit: the half character is dropped, not replaced.
        Assert.Equal(0, (await articles.FindAsync(SqliteArticleStore.IdFor(site.Url(CharsetNews.LongPath))))!.Charset!.ReplacedCharacters);

        var decided = Assert.Single(recorder.Entries, e => e.Id.Id == 11 && Equals(e.Properties["Url"], stray));
        Assert.Equal(typeof(HttpPageFetcher).FullName, decided.Category);
        Assert.Equal(LogLevel.Warning, decided.Level);
        Assert.Equal(1, decided.Properties["Replaced"]);
        Assert.DoesNotContain(recorder.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
    }

    public void Dispose() => data.Dispose();

    private PipelineSettings Settings() => new() { DataDir = data.Path };

    private static CrawlSource Source(LoopbackSite site) =>
        new("fixture", [site.Url("/rss.xml")], [site.Url("/sitemap.xml")], Delay: TimeSpan.Zero, AllowPrivateNetwork: true);
}
