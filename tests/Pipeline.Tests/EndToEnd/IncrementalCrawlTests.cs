using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Configuration;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Running;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.EndToEnd;

/// <summary>Discovery from section pages, conditional re-fetching and trap guards, over whole runs.</summary>
public sealed class IncrementalCrawlTests : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly List<string> conditionalRequests = [];
    private string lastmod = "2025-06-01T08:00:00+07:00";

    [Fact]
    public async Task Run_SectionPages_FollowsPaginationUpToTheLimit()
    {
        await using var site = await LoopbackSite.StartAsync(ServeAsync);
        var source = new CrawlSource("sections", [], [], ArticlePattern: @"/bai-\d+\.htm$", Delay: TimeSpan.Zero, AllowPrivateNetwork: true, Sections: [site.Url("/tin-tuc/")]);

        var summary = await Runner().RunAsync("crawl", [source], null, null);

        // Three listing pages of five articles each: the fourth page is beyond MaxSectionPages.
        Assert.Equal(15, summary.Run.Discovered);
        Assert.Equal(15, summary.Run.New);
    }

    [Fact]
    public async Task Run_SitemapDatesAnArticleLater_RefetchedConditionallyAndUnchanged()
    {
        await using var site = await LoopbackSite.StartAsync(ServeAsync);
        var source = new CrawlSource("sitemap", [], [site.Url("/sitemap.xml")], Delay: TimeSpan.Zero, AllowPrivateNetwork: true);
        var runner = Runner();
        var first = await runner.RunAsync("crawl", [source], null, null);
        Assert.Equal(1, first.Run.New);

        var quiet = await runner.RunAsync("crawl", [source], null, null);
        Assert.Equal(0, quiet.Run.Fetched + quiet.Run.Unchanged);

        lastmod = DateTimeOffset.UtcNow.AddMinutes(1).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        var refreshed = await runner.RunAsync("crawl", [source], null, null);

        Assert.Equal(1, refreshed.Run.Unchanged);
        Assert.Equal(0, refreshed.Run.New + refreshed.Run.Updated);
        Assert.Equal(["\"v1\""], conditionalRequests);
    }

    [Fact]
    public async Task Run_TrapAddresses_NeverFetched()
    {
        await using var site = await LoopbackSite.StartAsync(ServeAsync);
        var source = new CrawlSource("traps", [site.Url("/traps.xml")], [], Delay: TimeSpan.Zero, AllowPrivateNetwork: true);

        var summary = await Runner().RunAsync("crawl", [source], null, null);

        Assert.Equal(2, summary.Run.Blocked);
        Assert.Equal(1, summary.Run.New);
    }

    public void Dispose() => data.Dispose();

    private PipelineRunner Runner()
    {
        var settings = new PipelineSettings { DataDir = data.Path };
        settings.Fetcher.MaxRetries = 0;
        return new PipelineRunner(settings, NullLoggerFactory.Instance, TimeProvider.System, ShippedServices.Topics);
    }

    private Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var request = context.Request;
        var response = context.Response;
        var origin = $"http://{request.Host}";
        if (path.StartsWith("/tin-tuc/", StringComparison.Ordinal))
        {
            var page = path == "/tin-tuc/" ? 1 : int.Parse(path["/tin-tuc/trang-".Length..^4], System.Globalization.CultureInfo.InvariantCulture);
            var links = string.Concat(Enumerable.Range(((page - 1) * 5) + 1, 5).Select(i => $"<li><a href=\"/bai-{i}.htm\">Bài {i}</a></li>"));
            response.ContentType = "text/html; charset=utf-8";
            return response.WriteAsync($"<html><body><nav><a href=\"/\">Trang chủ</a></nav><ul>{links}</ul><a href=\"/tin-tuc/trang-{page + 1}.htm\">Trang sau</a></body></html>");
        }

        switch (path)
        {
            case "/sitemap.xml":
                response.ContentType = "application/xml";
                return response.WriteAsync($"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{origin}/bai-1.htm</loc><lastmod>{lastmod}</lastmod></url></urlset>""");
            case "/traps.xml":
                response.ContentType = "application/rss+xml";
                var deep = "/a/b/a/b/a/b/a/bai.htm";
                var longPath = "/bai-" + new string('x', 3000) + ".htm";
                return response.WriteAsync($"<rss version=\"2.0\"><channel><title>t</title><item><link>{origin}{deep}</link></item><item><link>{origin}{longPath}</link></item><item><link>{origin}/bai-1.htm</link></item></channel></rss>");
            case "/robots.txt":
                response.StatusCode = 404;
                return Task.CompletedTask;
        }

        if (request.Headers.IfNoneMatch.Count > 0)
        {
            lock (conditionalRequests)
            {
                conditionalRequests.Add(request.Headers.IfNoneMatch.ToString());
            }

            response.StatusCode = 304;
            return Task.CompletedTask;
        }

        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ETag = "\"v1\"";
        return response.WriteAsync($"""
            <html lang="vi"><head><title>{path}</title><meta property="article:published_time" content="2025-06-01T08:00:00+07:00"></head>
            <body><article><h1>Tin {path}</h1><div class="content">
            <p>Bệnh viện tỉnh và đối tác nước ngoài ký kết chương trình đào tạo bác sĩ trẻ trong hai năm tới, bài {path}.</p>
            <p>Theo kế hoạch, các chuyên gia sẽ sang làm việc và chuyển giao kỹ thuật mới cho đội ngũ y tế địa phương.</p>
            </div></article></body></html>
            """);
    }
}
