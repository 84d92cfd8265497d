using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Tests.Fixtures;

/// <summary>
/// A news site whose one RSS feed lists more articles each time <see cref="Publish"/> is called, so every run of a
/// repeated crawl has pages to fetch, articles to analyse and documents to index.
/// </summary>
/// <param name="delay">How long each article page takes.</param>
internal sealed class GrowingNews(TimeSpan delay)
{
    private int published;

    public int Published => Volatile.Read(ref published);

    public void Publish(int count) => Interlocked.Add(ref published, count);

    public async Task Serve(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        if (path == "/rss.xml")
        {
            response.ContentType = "application/rss+xml";
            var items = string.Concat(Enumerable.Range(1, Published).Select(i => $"<item><link>http://{context.Request.Host}/tin-{i}.htm</link></item>"));
            await response.WriteAsync($"<rss version=\"2.0\"><channel><title>x</title>{items}</channel></rss>", context.RequestAborted);
            return;
        }

        if (!path.StartsWith("/tin-", StringComparison.Ordinal) || !int.TryParse(path[5..^4], CultureInfo.InvariantCulture, out var n) || n < 1 || n > Published)
        {
            response.StatusCode = 404;
            return;
        }

        await Task.Delay(delay, context.RequestAborted);
        response.ContentType = "text/html; charset=utf-8";
        var day = (n % 28) + 1;
        await response.WriteAsync($"""
            <html lang="vi"><head><title>Tin số {n}: bệnh viện tỉnh hợp tác đào tạo với đối tác Hàn Quốc</title><meta property="article:published_time" content="2025-03-{day:D2}T08:00:00+07:00"></head>
            <body><article><h1>Tin số {n}: bệnh viện tỉnh hợp tác đào tạo với đối tác Hàn Quốc</h1><div class="content">
            <p>Ngày {day}/3, Bệnh viện Đa khoa tỉnh tiếp đoàn công tác của Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) gồm {n + 4} chuyên gia về hồi sức cấp cứu.</p>
            <p>Hai bên thống nhất cử {n % 9 + 2} bác sĩ trẻ sang Seoul học tập từ tháng 5/2025 đến hết năm 2026, với kinh phí khoảng {n}0 nghìn USD.</p>
            <p>Trong đợt {n}, đoàn chuyên gia cũng chuyển giao kỹ thuật lọc máu liên tục và tặng {n + 1} máy thở cho khoa Hồi sức tích cực.</p>
            </div></article></body></html>
            """, context.RequestAborted);
    }
}
