using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Discovery;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.Crawler.Frontier;
using Pipeline.Crawler.Tests.Fixtures;

namespace Pipeline.Crawler.Tests.Crawling;

/// <summary>Listing failures on a loopback site end up in the source's report, each with its address and reason.</summary>
public sealed class CrawlRunnerTests
{
    private const string Urlset = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";

    [Fact]
    public async Task RunAsync_SitemapBreaksOff_KeepsItsEntriesAndReportsTheListingError()
    {
        await using var site = await LoopbackSite.StartAsync(context => context.Request.Path.Value switch
        {
            "/sitemap.xml" => context.Response.WriteAsync(Urlset + "<url><loc>" + Loc(context, "/bai-1.htm") + "</loc></url><url><loc>" + Loc(context, "/bai-2.htm") + "</loc></url><url><lo"),
            _ => NotFound(context),
        });
        var runner = Runner();

        var report = Assert.Single(await runner.RunAsync([Source(site, sitemaps: [site.Url("/sitemap.xml")])]));

        Assert.Equal(2, report.Discovered);
        var error = Assert.Single(report.ListingErrors!);
        Assert.StartsWith("sitemap " + site.Url("/sitemap.xml").AbsoluteUri + " : The sitemap breaks off", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FeedAnswers500AndRobotsNamesAMissingSitemap_ReportsBoth()
    {
        await using var site = await LoopbackSite.StartAsync(context =>
        {
            switch (context.Request.Path.Value)
            {
                case "/robots.txt":
                    return context.Response.WriteAsync("User-agent: *\nAllow: /\nSitemap: " + Loc(context, "/khong-co.xml") + "\n");
                case "/rss.xml":
                    context.Response.StatusCode = 500;
                    return Task.CompletedTask;
                default:
                    return NotFound(context);
            }
        });
        var runner = Runner();

        var report = Assert.Single(await runner.RunAsync([Source(site, feeds: [site.Url("/rss.xml")], sitemaps: [])]));

        Assert.Equal(2, report.ListingErrors!.Count);
        Assert.Contains(report.ListingErrors, e => e.StartsWith("feed " + site.Url("/rss.xml").AbsoluteUri + " : ", StringComparison.Ordinal) && e.Contains("500", StringComparison.Ordinal));
        Assert.Contains(report.ListingErrors, e => e.StartsWith("sitemap " + site.Url("/khong-co.xml").AbsoluteUri + " : ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Snapshot_BeforeAndAfterARun_EmptyThenTheRunsCounts()
    {
        await using var site = await LoopbackSite.StartAsync(context => context.Request.Path.Value == "/sitemap.xml"
            ? context.Response.WriteAsync(Urlset + "<url><loc>" + Loc(context, "/bai-1.htm") + "</loc></url></urlset>")
            : NotFound(context));
        var runner = Runner();
        Assert.Empty(runner.Snapshot());

        await runner.RunAsync([Source(site, sitemaps: [site.Url("/sitemap.xml")])]);

        var snapshot = Assert.Single(runner.Snapshot());
        Assert.Equal(1, snapshot.Discovered);
        Assert.Empty(snapshot.ListingErrors!);
    }

    private static string Loc(HttpContext context, string path) => $"http://{context.Request.Host}{path}";

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private static CrawlSource Source(LoopbackSite site, IReadOnlyList<Uri>? feeds = null, IReadOnlyList<Uri>? sitemaps = null) =>
        new("thu", feeds ?? [], sitemaps ?? [site.Url("/sitemap.xml")], Delay: TimeSpan.Zero, AllowPrivateNetwork: true);

    private static CrawlRunner Runner()
    {
        var fetcher = TestFetchers.Create(new FetcherOptions { MaxRetries = 0 });
        return new CrawlRunner(fetcher, new EmptyFrontier(), new NoSink(), new ArticleExtractor(), new CrawlOptions(), TimeProvider.System, NullLogger<CrawlRunner>.Instance);
    }

    // Discovery is what these tests look at: the frontier takes the links and has nothing due.
    private sealed class EmptyFrontier : IFrontierStore
    {
        public Task<int> AddDiscoveredAsync(string source, IReadOnlyCollection<DiscoveredLink> links, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            Task.FromResult(links.Count);

        public Task<IReadOnlyList<FrontierEntry>> GetDueAsync(string source, DateTimeOffset now, int maxAttempts, int limit, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<FrontierEntry>>([]);

        public Task RecordAsync(FrontierUpdate update, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class NoSink : IArticleSink
    {
        public Task<StoreResult> StoreAsync(CrawledArticle article, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("no page is due in these tests");
    }
}
