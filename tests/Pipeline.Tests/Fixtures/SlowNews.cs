using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Tests.Fixtures;

/// <summary>A news site of numbered articles behind one RSS feed, each page served after a delay, so a crawl can be caught mid-fetch.</summary>
/// <param name="articles">How many articles the feed lists.</param>
/// <param name="delay">How long each article page takes.</param>
internal sealed class SlowNews(int articles, TimeSpan delay)
{
    public int Articles => articles;

    public async Task Serve(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        if (path == "/rss.xml")
        {
            response.ContentType = "application/rss+xml";
            var items = string.Concat(Enumerable.Range(1, articles).Select(i => $"<item><link>http://{context.Request.Host}/bai-{i}.htm</link></item>"));
            await response.WriteAsync($"<rss version=\"2.0\"><channel><title>x</title>{items}</channel></rss>");
            return;
        }

        if (!path.StartsWith("/bai-", StringComparison.Ordinal))
        {
            response.StatusCode = 404;
            return;
        }

        await Task.Delay(delay, context.RequestAborted);
        response.ContentType = "text/html; charset=utf-8";
        var n = int.Parse(path[5..^4], CultureInfo.InvariantCulture);
        await response.WriteAsync($"""
            <html lang="vi"><head><title>Bài số {n} về hợp tác y tế</title><meta property="article:published_time" content="2025-06-{(n % 28) + 1:D2}T08:00:00+07:00"></head>
            <body><article><h1>Bài số {n} về hợp tác y tế</h1><div class="content">
            <p>Đây là nội dung bài số {n}: bệnh viện tỉnh và Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) ký kết chương trình đào tạo bác sĩ trẻ trong hai năm tới.</p>
            <p>Theo kế hoạch, các chuyên gia sẽ sang làm việc và chuyển giao kỹ thuật mới cho đội ngũ y tế địa phương trong đợt {n}.</p>
            </div></article></body></html>
            """, context.RequestAborted);
    }

    /// <summary>A sources file naming the site (loopback, so private addresses are allowed for it).</summary>
    public static string SourcesJson(Uri feed) => $$"""
        { "sources": [ { "name": "slow", "outlet": "Slow News", "feeds": ["{{feed.AbsoluteUri}}"], "allowPrivate": true } ] }
        """;
}
