using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>The page shell: head, navigation and footer. No inline script or style: the Content-Security-Policy forbids both.</summary>
internal static class Layout
{
    public static string Render(string title, string section, HtmlFragment main, HtmlFragment head = default)
    {
        var html = new HtmlBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Pipeline</title>
            <link rel="stylesheet" href="/static/site.css">
            {head}
            </head>
            <body>
            <header class="top">
            <a class="brand" href="/">Pipeline <span>Hợp tác quốc tế ngành y tế</span></a>
            <nav aria-label="Chính">
            """);
        foreach (var (href, label, key) in new[] { ("/", "Tìm kiếm", "search"), ("/trends", "Xu hướng", "trends"), ("/network", "Mạng lưới", "network"), ("/map", "Bản đồ", "map"), ("/status", "Tình trạng", "status"), ("/api", "API", "api") })
        {
            html.Append($"<a href=\"{href}\"{(key == section ? new HtmlFragment(" aria-current=\"page\"") : HtmlFragment.Empty)}>{label}</a>");
        }

        html.Append($"""
            </nav>
            </header>
            <main id="noi-dung">
            {main}
            </main>
            <footer>Dữ liệu thu thập tự động từ báo chí tiếng Việt; hãy kiểm tra với bài gốc trước khi trích dẫn. Giờ Việt Nam (GMT+7).</footer>
            </body>
            </html>
            """);
        return html.ToString();
    }

    /// <summary>A short page with a heading and one message, for errors and empty states.</summary>
    public static string Message(string title, string message, string section = "")
    {
        var main = new HtmlBuilder();
        main.Append($"<h1>{title}</h1><p class=\"message\">{message}</p><p><a href=\"/\">Về trang tìm kiếm</a></p>");
        return Render(title, section, main.ToFragment());
    }
}
