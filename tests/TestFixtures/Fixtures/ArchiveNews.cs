using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Corpus;

namespace Pipeline.Tests.Fixtures;

/// <summary>
/// A loopback news site for the web app's tests: the first gold articles of the demo corpus in a plain layout, plus
/// one article whose title and text carry script and markup payloads (served HTML-encoded, so the crawler reads
/// them as text, as it would from a hostile outlet).
/// </summary>
internal sealed class ArchiveNews
{
    public const string XssSlug = "bai-thu-nghiem-ma-doc";
    public const string ScriptPayload = "<script>alert(1)</script>";
    public const string ImagePayload = "<img src=x onerror=alert(1)>";
    public const string XssTitle = "Thử nghiệm an toàn " + ScriptPayload + " hợp tác với JICA " + ImagePayload;

    private readonly Dictionary<string, (string Title, string Lead, IReadOnlyList<string> Paragraphs, DateTimeOffset Published, string Author)> pages = new(StringComparer.Ordinal);

    public ArchiveNews(int goldArticles)
    {
        var gold = DemoArticleReader.ReadDirectory(Path.Combine(AppContext.BaseDirectory, "data", "demo-site", "articles"))
            .OrderBy(a => a.Slug, StringComparer.Ordinal)
            .Take(goldArticles);
        foreach (var article in gold)
        {
            pages["/" + article.Slug + ".htm"] = (article.Title, article.Lead, article.Paragraphs, article.Published, article.Author);
        }

        pages["/" + XssSlug + ".htm"] = (
            XssTitle,
            "Sáng 12-3-2025, Bệnh viện Bạch Mai và Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) ký thỏa thuận " + ScriptPayload + " đào tạo 120 bác sĩ.",
            [
                "Đoạn này chứa " + ImagePayload + " và \"><svg onload=alert(1)> cùng javascript:alert(1) để kiểm tra mã hóa đầu ra.",
                "Theo kế hoạch, hai bên sẽ trao đổi chuyên gia trong quý II/2025.",
            ],
            new DateTimeOffset(2025, 3, 12, 9, 0, 0, TimeSpan.FromHours(7)),
            "Phóng viên " + ScriptPayload);
    }

    public int Count => pages.Count;

    public IEnumerable<string> Paths => pages.Keys;

    public Task Serve(HttpContext context)
    {
        var response = context.Response;
        var path = context.Request.Path.Value ?? "/";
        if (path == "/rss.xml")
        {
            response.ContentType = "application/rss+xml; charset=utf-8";
            var items = new StringBuilder();
            foreach (var page in pages.Keys)
            {
                items.Append("<item><title>x</title><link>http://").Append(context.Request.Host).Append(page).Append("</link></item>");
            }

            return response.WriteAsync($"<rss version=\"2.0\"><channel><title>Tin lưu trữ</title>{items}</channel></rss>");
        }

        if (path == "/robots.txt" || !pages.TryGetValue(path, out var article))
        {
            response.StatusCode = 404;
            return Task.CompletedTask;
        }

        var body = new StringBuilder();
        foreach (var paragraph in article.Paragraphs)
        {
            body.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
        }

        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($"""
            <!DOCTYPE html><html lang="vi"><head><title>{WebUtility.HtmlEncode(article.Title)}</title>
            <meta property="og:site_name" content="Tin Lưu Trữ">
            <meta property="article:published_time" content="{article.Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}"></head>
            <body><article><h1>{WebUtility.HtmlEncode(article.Title)}</h1>
            <p class="author">{WebUtility.HtmlEncode(article.Author)}</p>
            <div class="content"><p class="sapo"><strong>{WebUtility.HtmlEncode(article.Lead)}</strong></p>
            {body}</div></article></body></html>
            """);
    }
}
