using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Configuration;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Running;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.EndToEnd;

/// <summary>Whole runs against sites whose robots.txt, feeds and sitemaps misbehave: each run completes and says what happened.</summary>
public sealed class FaultySiteCrawlTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Fact]
    public async Task Run_RobotsTxtStalls_NothingFetchedRunCompletes()
    {
        var summary = await RunAgainst(async context =>
        {
            if (context.Request.Path == "/robots.txt")
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }

            await FixtureNews.Serve(context);
        }, requestTimeout: TimeSpan.FromSeconds(1));

        // The unreachable robots.txt disallows the host: the run finishes, listing what it could not read.
        Assert.Equal("partial", summary.Run.Status);
        Assert.Equal(0, summary.Run.Fetched);
    }

    [Fact]
    public async Task Run_HugeRobotsTxt_RulesInTheFirst500KiBApply()
    {
        var summary = await RunAgainst(context => context.Request.Path == "/robots.txt"
            ? context.Response.WriteAsync("User-agent: *\nDisallow: /bai-2.htm\n" + new string('#', 700 * 1024) + "\nDisallow: /\n")
            : FixtureNews.Serve(context));

        Assert.Equal(FixtureNews.Articles - 1, summary.Run.New);
        Assert.Equal(1, summary.Run.Blocked);
    }

    [Theory]
    [InlineData("<rss><channel><item><link>")]
    [InlineData("\u0000\u0001 not xml at all")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"b\">]><rss/>")]
    public async Task Run_MalformedFeedAndSitemap_LoggedAndRunCompletes(string garbage)
    {
        var summary = await RunAgainst(context => context.Request.Path.Value is "/rss.xml" or "/sitemap.xml"
            ? context.Response.WriteAsync(garbage)
            : FixtureNews.Serve(context));

        Assert.Equal("partial", summary.Run.Status);
        Assert.Equal(0, summary.Run.Discovered);
    }

    public void Dispose() => data.Dispose();

    // The default timeout is generous so that a loaded CI machine does not turn a slow loopback answer into a
    // missing article; only the test about a stalling server shortens it.
    private async Task<RunSummary> RunAgainst(RequestDelegate handler, TimeSpan? requestTimeout = null)
    {
        await using var site = await LoopbackSite.StartAsync(handler);
        var settings = new PipelineSettings { DataDir = data.Path };
        settings.Fetcher.RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(10);
        settings.Fetcher.MaxRetries = 0;
        var source = new CrawlSource("faulty", [site.Url("/rss.xml")], [site.Url("/sitemap.xml")], Delay: TimeSpan.Zero, AllowPrivateNetwork: true);
        return await new PipelineRunner(settings, NullLoggerFactory.Instance, TimeProvider.System, ShippedServices.Topics).RunAsync("crawl", [source], null, null);
    }
}
