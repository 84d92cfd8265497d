using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Pipeline.Crawler.Crawling;
using Pipeline.Hosting;

namespace Pipeline.Bench;

/// <summary>
/// Crawl throughput against the politeness bound: a loopback server answers for many virtual hosts; every
/// host gets one request at a time with a fixed delay, so the best possible rate is hosts / delay.
/// </summary>
public static class CrawlBenchmark
{
    /// <summary>Serves the loopback hosts and has <paramref name="crawl"/> crawl them; returns the figures.</summary>
    /// <param name="hosts">Loopback hosts.</param>
    /// <param name="pagesPerHost">Articles each host lists.</param>
    /// <param name="delay">Politeness delay per host.</param>
    /// <param name="crawl">Runs the pipeline's crawl as the caller configures it.</param>
    /// <param name="cancellationToken">Stops the benchmark.</param>
    /// <returns>The figures.</returns>
    public static async Task<CrawlBenchmarkResult> RunAsync(
        int hosts, int pagesPerHost, TimeSpan delay, Func<CrawlBenchmarkRun, CancellationToken, Task<CrawlBenchmarkCrawled>> crawl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(crawl);
        var (app, endPoint) = await LoopbackServer.StartAsync(context => ServeAsync(context, pagesPerHost), cancellationToken);
        await using var server = app;
        var names = Enumerable.Range(1, hosts).Select(i => $"host{i}.bench.localhost").ToList();
        var sources = names.Select(h => new CrawlSource(h, [new Uri($"http://{h}/rss.xml")], [], AllowPrivateNetwork: true)).ToList();

        var directory = Path.Combine(Path.GetTempPath(), "pipeline-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var crawled = await crawl(new CrawlBenchmarkRun(directory, sources, names.ToDictionary(n => n, _ => endPoint, StringComparer.OrdinalIgnoreCase), delay, hosts), cancellationToken);
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var seconds = crawled.Elapsed.TotalSeconds;
            var pages = crawled.Pages;
            var requests = pages + hosts;
            var bound = hosts / delay.TotalSeconds;
            return new CrawlBenchmarkResult(
                hosts, pagesPerHost, delay.TotalMilliseconds, requests, pages, Math.Round(seconds, 3),
                Math.Round(requests / seconds, 2), Math.Round(bound, 2), Math.Round(requests / seconds / bound, 3),
                Math.Round(cpuUsed.TotalMilliseconds / Math.Max(1, pages), 3),
                crawled.Store,
                PerPage(crawled.DatabaseCommits, pages),
                PerPage(crawled.DatabaseRowsWritten, pages),
                crawled.DatabaseCpuSeconds is > 0 and { } cpuSeconds ? Math.Round(cpuSeconds * 1000 / Math.Max(1, pages), 3) : null);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static double? PerPage(long? total, int pages) => total is { } value ? Math.Round((double)value / Math.Max(1, pages), 2) : null;

    private static Task ServeAsync(HttpContext context, int pagesPerHost)
    {
        var host = context.Request.Host.Host;
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        if (path == "/rss.xml")
        {
            response.ContentType = "application/rss+xml";
            var items = string.Concat(Enumerable.Range(1, pagesPerHost).Select(i => $"<item><link>http://{host}/bai-{i}.htm</link></item>"));
            return response.WriteAsync($"<rss version=\"2.0\"><channel><title>{host}</title>{items}</channel></rss>");
        }

        if (!path.StartsWith("/bai-", StringComparison.Ordinal))
        {
            response.StatusCode = 404;
            return Task.CompletedTask;
        }

        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($"""
            <html lang="vi"><head><title>{host} {path}</title><meta property="article:published_time" content="2025-06-01T08:00:00+07:00"></head>
            <body><article><h1>Tin hợp tác y tế {path} của {host}</h1><div class="content">
            <p>Bệnh viện tỉnh và đối tác quốc tế ký kết chương trình hợp tác đào tạo nhân lực y tế giai đoạn 2025-2030 tại {host}.</p>
            <p>Các chuyên gia sẽ chuyển giao kỹ thuật mới và hỗ trợ trang thiết bị cho các trạm y tế xã trong khu vực miền núi.</p>
            </div></article></body></html>
            """);
    }
}
