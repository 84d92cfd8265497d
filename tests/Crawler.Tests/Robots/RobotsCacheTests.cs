using Microsoft.AspNetCore.Http;
using Pipeline.Crawler.Fetching;
using Pipeline.Crawler.Robots;
using Pipeline.Crawler.Tests.Fixtures;

namespace Pipeline.Crawler.Tests.Robots;

public sealed class RobotsCacheTests
{
    [Theory]
    [InlineData(404, true)]
    [InlineData(403, true)]
    [InlineData(500, false)]
    [InlineData(503, false)]
    [InlineData(429, false)]
    public async Task GetAsync_ErrorStatus_AllowsOrDisallowsPerRfc9309(int status, bool allowed)
    {
        await using var site = await LoopbackSite.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        var cache = new RobotsCache(Fetcher(), "PipelineBot");

        var robots = await cache.GetAsync(site.Url("/a.htm"), allowPrivateNetwork: true);

        Assert.Equal(allowed, robots.IsAllowed(site.Url("/a.htm")));
    }

    [Fact]
    public async Task GetAsync_NetworkError_DisallowsAll()
    {
        var cache = new RobotsCache(Fetcher(), "PipelineBot");

        var robots = await cache.GetAsync(new Uri("http://127.0.0.1:1/a.htm"), allowPrivateNetwork: true);

        Assert.False(robots.IsAllowed(new Uri("http://127.0.0.1:1/a.htm")));
    }

    [Fact]
    public async Task GetAsync_SameHostTwice_FetchedOnce()
    {
        var requests = 0;
        await using var site = await LoopbackSite.StartAsync(context =>
        {
            Interlocked.Increment(ref requests);
            return context.Response.WriteAsync("User-agent: *\nDisallow: /x/\n");
        });
        var cache = new RobotsCache(Fetcher(), "PipelineBot");

        await cache.GetAsync(site.Url("/a"), allowPrivateNetwork: true);
        var robots = await cache.GetAsync(site.Url("/x/b"), allowPrivateNetwork: true);

        Assert.Equal(1, requests);
        Assert.False(robots.IsAllowed(site.Url("/x/b")));
    }

    private static IPageFetcher Fetcher() => TestFetchers.Create(new FetcherOptions { RequestTimeout = TimeSpan.FromSeconds(5), MaxRetries = 0 });
}
