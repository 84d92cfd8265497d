using System.Text;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Tests.Fixtures;

/// <summary>
/// A small news site whose pages test decoding: one UTF-8 article with a stray invalid byte, one clean article, and one
/// article longer than <see cref="MaxBodyBytes"/> whose cut falls inside a three-byte character.
/// </summary>
internal static class CharsetNews
{
    public const int Articles = 3;

    /// <summary>The size limit the long page is cut at (the fetcher's smallest allowed limit).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public const string StrayPath = "/bai-byte-loi.htm";
    public const string CleanPath = "/bai-sach.htm";
    public const string LongPath = "/bai-dai.htm";

    public static Task Serve(HttpContext context)
    {
        var response = context.Response;
        switch (context.Request.Path.Value)
        {
            case "/rss.xml":
                response.ContentType = "application/rss+xml; charset=utf-8";
                var items = string.Concat(new[] { StrayPath, CleanPath, LongPath }.Select(p => $"<item><title>x</title><link>http://{context.Request.Host}{p}</link></item>"));
                return response.WriteAsync($"<rss version=\"2.0\"><channel><title>Charset</title>{items}</channel></rss>");
            case StrayPath:
                return Write(response, StrayPage());
            case CleanPath:
                return Write(response, Encoding.UTF8.GetBytes(Page(
                    "Cần Thơ mở lớp tập huấn cấp cứu nhi khoa",
                    "2025-07-02T08:00:00+07:00",
                    "Bệnh viện Nhi đồng Cần Thơ phối hợp với chuyên gia Úc mở lớp tập huấn cấp cứu nhi khoa cho bốn mươi điều dưỡng của các huyện.")));
            case LongPath:
                return Write(response, LongPage());
            default:
                response.StatusCode = 404;
                return Task.CompletedTask;
        }
    }

    private static Task Write(HttpResponse response, byte[] body)
    {
        response.ContentType = "text/html; charset=utf-8";
        return response.Body.WriteAsync(body).AsTask();
    }

    private static byte[] StrayPage()
    {
        var html = Page(
            "Huế nhận trang thiết bị xét nghiệm từ Đức",
            "2025-07-01T09:00:00+07:00",
            "Bệnh viện Trung ương Huế tiếp nhận hai máy xét nghiệm sinh hóa do một quỹ từ thiện của Đức tài trợ STRAY cho khoa Hồi sức.");
        var bytes = Encoding.UTF8.GetBytes(html).ToList();
        var at = IndexOf(bytes, "STRAY"u8);
        bytes.RemoveRange(at, "STRAY".Length);
        // 0xFF never occurs in UTF-8: one invalid sequence in an otherwise valid page.
        bytes.Insert(at, 0xFF);
        return [.. bytes];
    }

    private static byte[] LongPage()
    {
        var html = Page(
            "Bình Định triển khai tiêm chủng mở rộng tại vùng núi",
            "2025-07-03T07:30:00+07:00",
            "Trung tâm Kiểm soát bệnh tật Bình Định cùng UNICEF đưa đội tiêm chủng lưu động lên các xã vùng núi trong tháng Bảy.");
        var head = Encoding.UTF8.GetBytes(html.Replace("</body></html>", "<div class=\"chan-trang\">", StringComparison.Ordinal));
        // Spaces up to one byte before the limit, then "ệ" (three bytes): the limit cuts it after its first byte.
        var padding = Enumerable.Repeat((byte)' ', MaxBodyBytes - 1 - head.Length);
        var tail = Encoding.UTF8.GetBytes("ệệệ Trang tin thử nghiệm</div></body></html>");
        return [.. head, .. padding, .. tail];
    }

    private static int IndexOf(List<byte> bytes, ReadOnlySpan<byte> value) => bytes.ToArray().AsSpan().IndexOf(value);

    private static string Page(string title, string published, string paragraph) => $"""
        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
        <meta property="article:published_time" content="{published}"></head>
        <body><article><h1>{title}</h1><div class="content"><p>{paragraph}</p>
        <p>Đại diện nhà tài trợ cho biết chương trình sẽ được mở rộng sang các tỉnh lân cận trong năm tới.</p></div></article></body></html>
        """;
}
