using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Discovery;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.Crawler.Frontier;
using Pipeline.Crawler.Tests.Fixtures;

namespace Pipeline.Crawler.Tests.Crawling;

/// <summary>
/// Crawls of loopback sites: listing failures in the source's report, each page's outcome in the frontier, robots.txt
/// and the pause between requests to one host honoured, and a cancelled run that stops without counting a failure.
/// </summary>
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

    [Fact]
    public async Task RunAsync_OnePageAnswers500AnotherIsGone_BothFailedWithTheirReasonWhileTheOthersAreStored()
    {
        var pages = new ArticleSite(("/bai-1.htm", 200), ("/loi.htm", 500), ("/mat.htm", 404), ("/bai-3.htm", 200));
        await using var site = await LoopbackSite.StartAsync(pages.Serve);
        var clock = new FakeTimeProvider(Start);
        var (frontier, sink) = (new MemoryFrontier(), new MemorySink());

        var report = Assert.Single(await Runner(frontier, sink, clock).RunAsync([Source(site)]));

        Assert.Equal([site.Url("/bai-1.htm"), site.Url("/bai-3.htm")], sink.Urls.OrderBy(u => u.AbsoluteUri, StringComparer.Ordinal));
        Assert.Equal((2, 2, 2), (report.Fetched, report.New, report.Failed));
        var serverError = frontier.Last(site.Url("/loi.htm"))!;
        Assert.Equal((FrontierState.Failed, "HTTP 500"), (serverError.State, serverError.Reason));
        Assert.Equal(Start + new CrawlOptions().RetryBackoff, serverError.NextFetchAt);
        var gone = frontier.Last(site.Url("/mat.htm"))!;
        Assert.Equal((FrontierState.Failed, "HTTP 404"), (gone.State, gone.Reason));
        Assert.True(gone.NextFetchAt > Start.AddYears(5), $"a page that is gone is not retried soon: {gone.NextFetchAt}");
        Assert.Equal(FrontierState.Fetched, frontier.Last(site.Url("/bai-1.htm"))!.State);
    }

    [Fact]
    public async Task RunAsync_PageFailsAgain_RetryWaitDoublesPerEarlierAttempt()
    {
        var pages = new ArticleSite(("/loi.htm", 503));
        await using var site = await LoopbackSite.StartAsync(pages.Serve);
        var clock = new FakeTimeProvider(Start);
        var frontier = new MemoryFrontier();
        frontier.Seed("thu", site.Url("/loi.htm"), FrontierState.Failed, attempts: 2);
        var options = new CrawlOptions { RetryBackoff = TimeSpan.FromMinutes(7) };

        await Runner(frontier, new MemorySink(), clock, options).RunAsync([Source(site, sitemaps: [])]);

        var update = Assert.Single(frontier.Updates);
        Assert.Equal((FrontierState.Failed, "HTTP 503"), (update.State, update.Reason));
        Assert.Equal(Start + TimeSpan.FromMinutes(28), update.NextFetchAt);
    }

    [Fact]
    public async Task RunAsync_RobotsDisallowsAPath_PageBlockedAndNeverRequested()
    {
        var pages = new ArticleSite(("/bai-1.htm", 200), ("/noi-bo/bai-2.htm", 200)) { Robots = "User-agent: *\nDisallow: /noi-bo/\n" };
        await using var site = await LoopbackSite.StartAsync(pages.Serve);
        var (frontier, sink) = (new MemoryFrontier(), new MemorySink());

        var report = Assert.Single(await Runner(frontier, sink, new FakeTimeProvider(Start)).RunAsync([Source(site)]));

        Assert.DoesNotContain("/noi-bo/bai-2.htm", pages.Requested);
        var blocked = frontier.Last(site.Url("/noi-bo/bai-2.htm"))!;
        Assert.Equal((FrontierState.Blocked, "disallowed by robots.txt"), (blocked.State, blocked.Reason));
        Assert.Equal((1, 1), (report.Blocked, report.New));
        Assert.Equal([site.Url("/bai-1.htm")], sink.Urls);
    }

    [Fact]
    public async Task RunAsync_RobotsGroupForOurProductToken_ItsRulesWinOverTheWildcard()
    {
        var pages = new ArticleSite(("/bai-1.htm", 200)) { Robots = "User-agent: *\nAllow: /\n\nUser-agent: PipelineBot\nDisallow: /bai-\n" };
        await using var site = await LoopbackSite.StartAsync(pages.Serve);
        var (frontier, sink) = (new MemoryFrontier(), new MemorySink());

        await Runner(frontier, sink, new FakeTimeProvider(Start)).RunAsync([Source(site)]);

        Assert.Empty(sink.Urls);
        Assert.Equal(FrontierState.Blocked, frontier.Last(site.Url("/bai-1.htm"))!.State);
    }

    [Theory]
    [InlineData(20, 5, 20)]
    [InlineData(3, 15, 15)]
    [InlineData(600, 0, 30)]
    public async Task RunAsync_CrawlDelayAndSourceDelay_RequestsToTheHostSpacedByTheLongerCappedAtTheMaximum(int crawlDelaySeconds, int sourceDelaySeconds, int expectedSeconds)
    {
        var clock = new FakeTimeProvider(Start);
        var pages = new ArticleSite(("/bai-1.htm", 200), ("/bai-2.htm", 200), ("/bai-3.htm", 200))
        {
            Robots = $"User-agent: *\nCrawl-delay: {crawlDelaySeconds}\nAllow: /\n",
            Clock = clock,
        };
        await using var site = await LoopbackSite.StartAsync(pages.Serve);
        var sink = new MemorySink();
        var source = Source(site) with { Delay = TimeSpan.FromSeconds(sourceDelaySeconds) };

        await WithClockRunningAsync(clock, () => Runner(new MemoryFrontier(), sink, clock).RunAsync([source]));

        Assert.Equal(3, sink.Urls.Count);
        // robots.txt is read before any pause is known; every later request waits its turn.
        var times = pages.Requests.Where(r => r.Path != "/robots.txt").Select(r => r.At).ToList();
        Assert.Equal(4, times.Count);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        // At least the pause; well under twice the cap, which a Crawl-delay of 600 s would exceed if it were not capped.
        Assert.All(gaps, gap => Assert.InRange(gap, TimeSpan.FromSeconds(expectedSeconds), TimeSpan.FromSeconds(expectedSeconds + 100)));
    }

    [Fact]
    public async Task RunAsync_CancelledWhileAPageIsFetched_StopsWithoutCountingItAndLeavesTheRestDue()
    {
        using var cancel = new CancellationTokenSource();
        var pages = new ArticleSite(("/bai-1.htm", 200), ("/bai-2.htm", 200), ("/bai-3.htm", 200), ("/bai-4.htm", 200))
        {
            OnRequest = path =>
            {
                if (path == "/bai-2.htm")
                {
                    cancel.Cancel();
                }
            },
        };
        await using var site = await LoopbackSite.StartAsync(pages.Serve);
        var (frontier, sink) = (new MemoryFrontier(), new MemorySink());
        var runner = Runner(frontier, sink, new FakeTimeProvider(Start));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync([Source(site)], cancellationToken: cancel.Token));

        Assert.Equal([site.Url("/bai-1.htm")], frontier.Updates.Select(u => u.Url));
        Assert.DoesNotContain("/bai-3.htm", pages.Requested);
        Assert.DoesNotContain("/bai-4.htm", pages.Requested);
        var due = await frontier.GetDueAsync("thu", Start, new CrawlOptions().MaxAttempts, 10);
        Assert.Equal(["/bai-2.htm", "/bai-3.htm", "/bai-4.htm"], due.Select(e => e.Url.AbsolutePath));
        Assert.All(due, e => Assert.Equal(0, e.Attempts));
    }

    [Fact]
    public async Task RunAsync_KnownPageWithValidators_ConditionalRequestAnswered304RecordedUnchanged()
    {
        var pages = new ArticleSite(("/bai-1.htm", 200)) { ETag = "\"v7\"" };
        await using var site = await LoopbackSite.StartAsync(pages.Serve);
        var (frontier, sink) = (new MemoryFrontier(), new MemorySink());
        frontier.Seed("thu", site.Url("/bai-1.htm"), FrontierState.Discovered, attempts: 0, etag: "\"v7\"");

        var report = Assert.Single(await Runner(frontier, sink, new FakeTimeProvider(Start)).RunAsync([Source(site, sitemaps: [])]));

        Assert.Empty(sink.Urls);
        Assert.Equal(1, report.Unchanged);
        var update = Assert.Single(frontier.Updates);
        Assert.Equal((FrontierState.Unchanged, "304 not modified"), (update.State, update.Reason));
    }

    private static readonly DateTimeOffset Start = new(2025, 7, 1, 1, 0, 0, TimeSpan.Zero);

    /// <summary>Moves the fake clock on while <paramref name="run"/> works, so that pauses booked on it end.</summary>
    private static async Task<T> WithClockRunningAsync<T>(FakeTimeProvider clock, Func<Task<T>> run)
    {
        using var stop = new CancellationTokenSource();
        var pump = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                clock.Advance(TimeSpan.FromMilliseconds(250));
                await Task.Delay(2, CancellationToken.None);
            }
        });
        try
        {
            return await run();
        }
        finally
        {
            await stop.CancelAsync();
            await pump;
        }
    }

    private static CrawlRunner Runner(IFrontierStore frontier, IArticleSink sink, TimeProvider clock, CrawlOptions? options = null) =>
        new(TestFetchers.Create(new FetcherOptions { MaxRetries = 0 }), frontier, sink, new ArticleExtractor(), options ?? new CrawlOptions(), clock, NullLogger<CrawlRunner>.Instance);

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
