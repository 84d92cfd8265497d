using System.Globalization;
using System.Text;
using Pipeline.Corpus;
using static Pipeline.Demo.Layouts.Html;

namespace Pipeline.Demo.Layouts;

/// <summary>
/// An old table-based CMS served as windows-1258: no OpenGraph, no JSON-LD, no machine-readable date, only
/// the visible "03-03-2026 22:00"; the sapo in a bold "tomtat" paragraph; italic centred captions; a bold
/// right-aligned signature; "Tin mới" and "Tin đọc nhiều" boxes with their own dates.
/// </summary>
internal sealed class LegacyTableLayout : OutletLayout
{
    public override string RenderArticle(DemoArticle article, PageContext context)
    {
        var outlet = context.Outlet;
        var html = new StringBuilder(16_384);
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
            <html>
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
            <title>{{E(outlet.Name)}} - {{E(article.Title)}}</title>
            </head>
            <body>
            <table width="980" align="center" cellpadding="0" cellspacing="0">
            <tr><td colspan="2" class="banner"><a href="/"><img src="/logo.gif" alt="{{E(outlet.Name)}}"></a></td></tr>
            <tr><td colspan="2" class="menu"><a href="/">Trang chủ</a> | <a href="/tin-tuc/">Tin tức</a> | <a href="/phong-chong-dich/">Phòng dịch</a> | <a href="/an-toan-thuc-pham/">An toàn thực phẩm</a></td></tr>
            <tr>
            <td width="660" valign="top" class="main">
            <div class="tieude"><h1>{{E(article.Title)}}</h1></div>
            <div class="ngay">{{E(LegacyByline(article.Published))}}</div>
            <p class="tomtat"><b>{{E(article.Lead)}}</b></p>

            """);
        foreach (var paragraph in article.Paragraphs)
        {
            html.Append(IsCaption(paragraph)
                ? $"<p align=\"center\"><img src=\"/anh/{article.Slug}.jpg\"><br><i>{E(paragraph)}</i></p>\n"
                : $"<p>{E(paragraph)}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p align=\"right\"><b>{E(article.Author)}</b></p>\n<p><a href=\"javascript:window.print()\">In bài</a> | <a href=\"#\">Gửi bài</a> | <a href=\"#top\">Về đầu trang</a></p>\n</td>\n<td width=\"320\" valign=\"top\" class=\"right\">\n");
        AppendBox(html, "Tin mới", context.Latest.Take(5).ToList());
        AppendBox(html, "Tin đọc nhiều", context.Related);
        html.Append(CultureInfo.InvariantCulture, $"</td>\n</tr>\n<tr><td colspan=\"2\" class=\"footer\">{E(outlet.Name)} - Trang tin trình diễn, không phải tin thật.</td></tr>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    public override string RenderListing(string title, IReadOnlyList<DemoArticle> articles, string? nextPagePath, DemoOutlet outlet)
    {
        var html = new StringBuilder(8_192);
        html.Append(CultureInfo.InvariantCulture, $"<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">\n<title>{E(title)}</title>\n</head>\n<body>\n<table width=\"980\">\n<tr><td class=\"tieude\">{E(title)}</td></tr>\n");
        foreach (var article in articles)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{article.Path}\">{E(article.Title)}</a> <span class=\"ngay\">({E(LegacyByline(article.Published))})</span></td></tr>\n");
        }

        if (nextPagePath is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{nextPagePath}\">Tiếp theo</a></td></tr>\n");
        }

        return html.Append("</table>\n</body>\n</html>\n").ToString();
    }

    /// <summary>"03-03-2026 22:00".</summary>
    public static string LegacyByline(DateTimeOffset value) => value.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    private static void AppendBox(StringBuilder html, string heading, IReadOnlyList<DemoArticle> articles)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"box\" width=\"100%\"><tr><td class=\"box-head\"><b>{E(heading)}</b></td></tr>\n");
        foreach (var other in articles)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{other.Path}\">{E(other.Title)}</a><br><font size=\"1\">{E(LegacyByline(other.Published))}</font></td></tr>\n");
        }

        html.Append("</table>\n");
    }
}
