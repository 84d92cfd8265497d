using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Configuration;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Indexer.Search;
using Pipeline.Running;
using Pipeline.Storage;

namespace Pipeline.Tests.EndToEnd;

/// <summary>The whole pipeline against a real Kestrel site on loopback that also serves broken pages.</summary>
public sealed class FixtureSiteCrawlTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Fact]
    public async Task RunAsync_SiteWithBrokenPages_StoresGoodArticlesSkipsTheRestAndCompletes()
    {
        await using var site = await LoopbackSite.StartAsync(Serve);
        var runner = new PipelineRunner(Settings(), NullLoggerFactory.Instance, TimeProvider.System);

        var summary = await runner.RunAsync("crawl", [Source(site)], hostOverrides: null, progress: null);

        Assert.Equal("succeeded", summary.Run.Status);
        Assert.Equal(6, summary.Run.Discovered);
        Assert.Equal(3, summary.Run.New);
        Assert.Equal(2, summary.Run.Skipped);
        Assert.Equal(1, summary.Run.Failed);
        Assert.Equal(3, summary.IndexedTotal);
        Assert.Contains(summary.Sources[0].FailureReasons, r => r.Key == "HTTP 500");

        using var searcher = ArticleSearcher.Open(new DataDirectory(data.Path).IndexPath);
        var hit = Assert.Single(searcher.Search(new SearchRequest("Fukuoka")).Hits);
        Assert.Equal(site.Url("/bai-2.htm").AbsoluteUri, hit.Url);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 9, 30, 0, TimeSpan.FromHours(7)), hit.Published);
    }

    [Fact]
    public async Task RunAsync_SecondRun_FetchesNothingAgain()
    {
        await using var site = await LoopbackSite.StartAsync(Serve);
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

    private static Task Serve(HttpContext context)
    {
        var response = context.Response;
        switch (context.Request.Path.Value)
        {
            case "/rss.xml":
                response.ContentType = "application/rss+xml; charset=utf-8";
                return response.WriteAsync(Rss(context));
            case "/sitemap.xml":
                response.ContentType = "application/xml";
                return response.WriteAsync($"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{Base(context)}/bai-1.htm</loc></url><url><loc>{Base(context)}/bai-3.htm</loc></url></urlset>""");
            case "/bai-1.htm":
                return Page(response, "Đà Nẵng tiếp nhận thiết bị y tế từ Hàn Quốc", "2025-06-01T08:00:00+07:00", "Sáng 1-6, Sở Y tế Đà Nẵng tiếp nhận lô máy thở và máy siêu âm do tỉnh Gyeonggi (Hàn Quốc) trao tặng cho các bệnh viện tuyến quận.");
            case "/bai-2.htm":
                return Page(response, "Bác sĩ Việt Nam sang Fukuoka học ghép gan", "2025-06-02T09:30:00+07:00", "Mười bác sĩ của Bệnh viện Chợ Rẫy lên đường sang Fukuoka (Nhật Bản) tham dự khóa đào tạo sáu tháng về ghép gan và hồi sức sau ghép.");
            case "/bai-3.htm":
                return Page(response, "Quảng Ninh phòng chống sốt xuất huyết", "2025-06-03T15:00:00+07:00", "Ngành y tế Quảng Ninh ra quân diệt lăng quăng tại các phường có ổ dịch sốt xuất huyết, đồng thời tăng cường giám sát ca bệnh tại cộng đồng.");
            case "/hong.htm":
                // Binary garbage labelled as HTML: the page is skipped, the run goes on.
                response.ContentType = "text/html";
                return response.Body.WriteAsync(Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray()).AsTask();
            case "/robots.txt":
                // No robots.txt: RFC 9309 reads a 4xx as "everything allowed".
                response.StatusCode = 404;
                return Task.CompletedTask;
            case "/trong.htm":
                response.ContentType = "text/html; charset=utf-8";
                return response.WriteAsync("<html><head><title>Trống</title></head><body></body></html>");
            default:
                response.StatusCode = 500;
                return response.WriteAsync("Internal error");
        }
    }

    private static string Base(HttpContext context) => $"http://{context.Request.Host}";

    private static string Rss(HttpContext context)
    {
        var items = new StringBuilder();
        foreach (var path in new[] { "/bai-1.htm", "/bai-2.htm", "/bai-3.htm", "/hong.htm", "/trong.htm", "/loi-may-chu.htm" })
        {
            items.Append("<item><title>x</title><link>").Append(Base(context)).Append(path).Append("</link></item>");
        }

        return $"<rss version=\"2.0\"><channel><title>Fixture</title>{items}</channel></rss>";
    }

    private static Task Page(HttpResponse response, string title, string published, string paragraph)
    {
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($"""
            <!DOCTYPE html><html lang="vi"><head><title>{title}</title>
            <meta property="article:published_time" content="{published}"></head>
            <body><article><h1>{title}</h1><div class="content"><p>{paragraph}</p>
            <p>Lãnh đạo hai bên cho biết sẽ tiếp tục trao đổi kinh nghiệm chuyên môn và mở rộng hợp tác trong những năm tới.</p></div></article></body></html>
            """);
    }
}
