using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Configuration;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Running;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.Running;

/// <summary>The run record on loopback sites: listing failures are in its errors and its status, and a killed run keeps the counts it reached.</summary>
public sealed class PipelineRunnerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly TempDirectory data = new();

    [Fact]
    public async Task RunAsync_EveryListingRead_SucceededWithoutListingErrors()
    {
        var (summary, stored) = await RunAgainst(FixtureNews.Serve);

        Assert.Equal(RunStatus.Succeeded, summary.Run.Status);
        Assert.DoesNotContain(summary.Run.Errors ?? [], e => e.StartsWith("crawl: sitemap", StringComparison.Ordinal) || e.StartsWith("crawl: feed", StringComparison.Ordinal));
        Assert.Equal(RunStatus.Succeeded, stored.Status);
    }

    [Fact]
    public async Task RunAsync_SitemapAnswers500_PartialWithTheSitemapInErrors()
    {
        var (summary, stored) = await RunAgainst(context =>
        {
            if (context.Request.Path == "/sitemap.xml")
            {
                context.Response.StatusCode = 500;
                return Task.CompletedTask;
            }

            return FixtureNews.Serve(context);
        });

        Assert.Equal(RunStatus.Partial, summary.Run.Status);
        Assert.Equal(RunStatus.Partial, stored.Status);
        var error = Assert.Single(stored.Errors!, e => e.StartsWith("crawl: sitemap ", StringComparison.Ordinal));
        Assert.Contains("/sitemap.xml : ", error, StringComparison.Ordinal);
        Assert.Contains("500", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MalformedSitemapAndFeed_PartialWithBothInErrors()
    {
        var (_, stored) = await RunAgainst(context => context.Request.Path.Value is "/rss.xml" or "/sitemap.xml"
            ? context.Response.WriteAsync("<urlset><url><loc>")
            : FixtureNews.Serve(context));

        Assert.Equal(RunStatus.Partial, stored.Status);
        Assert.Contains(stored.Errors!, e => e.StartsWith("crawl: sitemap ", StringComparison.Ordinal) && e.Contains("/sitemap.xml : ", StringComparison.Ordinal));
        Assert.Contains(stored.Errors!, e => e.StartsWith("crawl: feed ", StringComparison.Ordinal) && e.Contains("/rss.xml : ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_RobotsTxtAnswers500_PartialWithRobotsAndListingsInErrors()
    {
        var (summary, stored) = await RunAgainst(context =>
        {
            if (context.Request.Path == "/robots.txt")
            {
                context.Response.StatusCode = 500;
                return Task.CompletedTask;
            }

            return FixtureNews.Serve(context);
        });

        Assert.Equal(RunStatus.Partial, stored.Status);
        Assert.Equal(0, summary.Run.New);
        Assert.Contains(stored.Errors!, e => e.StartsWith("crawl: robots.txt ", StringComparison.Ordinal) && e.Contains("/robots.txt : unavailable", StringComparison.Ordinal));
        Assert.Contains(stored.Errors!, e => e.StartsWith("crawl: feed ", StringComparison.Ordinal) && e.EndsWith(": disallowed by robots.txt", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task RunAsync_ProcessKilledAfterStoringArticles_InterruptedRunKeepsItsCounts()
    {
        var news = new SlowNews(30, TimeSpan.FromMilliseconds(150));
        await using var site = await LoopbackSite.StartAsync(news.Serve);
        var daemon = new DaemonData(data);
        var args = await daemon.PrepareAsync(site.Url("/rss.xml"), runNow: true);

        using (var first = DaemonProcess.Start(args))
        {
            // The counts reach the record while the crawl goes on, not only at its end.
            await DaemonData.WaitUntilAsync(() => daemon.Scalar("SELECT new_articles FROM runs WHERE id = 1") >= 3, Patience, first, "saving the first counts");
            await first.KillAsync();
        }

        var stored = daemon.Scalar("SELECT COUNT(*) FROM articles");
        Assert.InRange(stored, 3, news.Articles - 1);
        var database = await PipelineDatabase.OpenAsync(daemon.Data.DatabasePath, create: false, TimeProvider.System);
        var runs = new SqliteRunStore(database);
        Assert.Equal([1L], await runs.MarkInterruptedAsync(DateTimeOffset.UtcNow));
        var run = Assert.Single(await runs.ListAsync(10));
        Assert.Equal(RunStatus.Interrupted, run.Status);
        Assert.InRange(run.New, 3, stored);
        Assert.InRange(run.Fetched, run.New, news.Articles);
        Assert.True(run.Discovered >= news.Articles, $"discovered {run.Discovered}");
    }

    public void Dispose() => data.Dispose();

    private async Task<(RunSummary Summary, RunRecord Stored)> RunAgainst(RequestDelegate handler)
    {
        await using var site = await LoopbackSite.StartAsync(handler);
        var settings = new PipelineSettings { DataDir = data.Path };
        settings.Fetcher.RequestTimeout = TimeSpan.FromSeconds(10);
        settings.Fetcher.MaxRetries = 0;
        var source = new CrawlSource("listings", [site.Url("/rss.xml")], [site.Url("/sitemap.xml")], Delay: TimeSpan.Zero, AllowPrivateNetwork: true);
        var summary = await new PipelineRunner(settings, NullLoggerFactory.Instance, TimeProvider.System, ShippedServices.Topics).RunAsync("crawl", [source], null, null);
        var database = await PipelineDatabase.OpenAsync(new DataDirectory(data.Path).DatabasePath, create: false, TimeProvider.System);
        var stored = Assert.Single(await new SqliteRunStore(database).ListAsync(10));
        return (summary, stored);
    }
}
