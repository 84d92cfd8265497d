using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Configuration;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Running;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.EndToEnd;

/// <summary>Requests to one host are spaced by the delay, or by robots.txt's Crawl-delay when it is longer.</summary>
public sealed class PolitenessTests : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly ConcurrentQueue<(string Path, TimeSpan At)> requests = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();

    [Theory]
    [InlineData(200, null, 200)]
    [InlineData(0, "0.3", 300)]
    [InlineData(100, "0.25", 250)]
    public async Task Run_OneHost_RequestsSpacedByTheLongerOfDelayAndCrawlDelay(int delayMs, string? crawlDelay, int expectedGapMs)
    {
        await using var site = await LoopbackSite.StartAsync(context => ServeAsync(context, crawlDelay));
        var settings = new PipelineSettings { DataDir = data.Path };
        var source = new CrawlSource("polite", [site.Url("/rss.xml")], [], Delay: TimeSpan.FromMilliseconds(delayMs), AllowPrivateNetwork: true);

        await new PipelineRunner(settings, NullLoggerFactory.Instance, TimeProvider.System, ShippedServices.Topics).RunAsync("crawl", [source], null, null);

        Assert.Equal(5, requests.Count(r => r.Path != "/robots.txt"));
        // The server sees arrivals, which jitter with load, and the feed's arrival also carries the first
        // connection's setup, which the crawler's clock does not: so the span of the four article requests,
        // three gaps of at least the delay each (without politeness it would be a few milliseconds).
        var times = requests.Where(r => r.Path.StartsWith("/bai-", StringComparison.Ordinal)).Select(r => r.At).Order().ToList();
        Assert.Equal(4, times.Count);
        var span = (times[^1] - times[0]).TotalMilliseconds;
        Assert.True(span >= (3 * expectedGapMs) - 75, $"4 article requests in {span:0} ms; at least {3 * expectedGapMs} ms expected");
    }

    public void Dispose() => data.Dispose();

    private Task ServeAsync(HttpContext context, string? crawlDelay)
    {
        var path = context.Request.Path.Value ?? "/";
        requests.Enqueue((path, clock.Elapsed));
        var response = context.Response;
        if (path == "/robots.txt")
        {
            if (crawlDelay is null)
            {
                response.StatusCode = 404;
                return Task.CompletedTask;
            }

            return response.WriteAsync($"User-agent: *\nCrawl-delay: {crawlDelay}\n");
        }

        if (path == "/rss.xml")
        {
            var items = string.Concat(Enumerable.Range(1, 4).Select(i => $"<item><link>http://{context.Request.Host}/bai-{i}.htm</link></item>"));
            return response.WriteAsync($"<rss version=\"2.0\"><channel><title>x</title>{items}</channel></rss>");
        }

        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($"<html><body><article><h1>Bài {path}</h1><p>Nội dung đủ dài về hợp tác y tế giữa bệnh viện tỉnh và đối tác nước ngoài, bài {path}, với nhiều chi tiết hơn nữa.</p><p>Đoạn thứ hai của bài viết, mô tả kế hoạch đào tạo và chuyển giao kỹ thuật trong năm tới.</p></article></body></html>");
    }
}
