using System.Globalization;
using System.Text;
using Pipeline.Corpus;
using static Pipeline.Demo.Layouts.Html;

namespace Pipeline.Demo.Layouts;

/// <summary>
/// A magazine layout after a common Vietnamese CMS: OpenGraph title and description but no JSON-LD and no
/// article:published_time; the byline "21:31 | 01/02/2026"; the sapo in a bold div; a right-aligned
/// signature without a class; and three trailing blocks ("Tin liên quan", "Cùng chuyên mục", "Các tin
/// khác") whose items carry their own "HH:mm | dd/MM/yyyy" dates.
/// </summary>
internal sealed class CommunityHealthLayout : OutletLayout
{
    public override string RenderArticle(DemoArticle article, PageContext context)
    {
        var outlet = context.Outlet;
        var html = new StringBuilder(16_384);
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="vi-VN">
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
            <title>{{E(article.Title)}} | {{E(outlet.Name)}}</title>
            <meta property="og:title" content="{{E(article.Title)}}">
            <meta property="og:description" content="{{E(article.Lead)}}">
            <meta property="og:site_name" content="{{E(outlet.Name)}}">
            <link rel="canonical" href="{{E(outlet.Url(context.CanonicalPath))}}">
            </head>
            <body>
            <div id="top-bar"><div class="menu-top"><a href="/">Trang chủ</a> | <a href="/tin-tuc/">Tin tức</a> | <a href="/benh-vien/">Bệnh viện</a> | <a href="/hop-tac-quoc-te/">Hợp tác</a></div></div>
            <div class="wrapper">
            <div class="breadcrumbs"><a href="/">Trang chủ</a> » <a href="/{{article.Section}}/">{{E(DemoOutlet.SectionName(article.Section))}}</a></div>
            <div class="detail-news">
            <h1 class="post-title">{{E(article.Title)}}</h1>
            <div class="post-info"><span class="post-time">{{E(VietnameseCalendar.ShortByline(article.Published))}}</span> <span class="post-cat">{{E(DemoOutlet.SectionName(article.Section))}}</span></div>
            <div class="sapo"><strong>{{E(article.Lead)}}</strong></div>
            <div class="post-content">

            """);
        foreach (var paragraph in article.Paragraphs)
        {
            html.Append(IsCaption(paragraph)
                ? $"<table class=\"image center\"><tr><td><img src=\"/img/{article.Slug}.jpg\"></td></tr><tr><td class=\"image_desc\">{E(paragraph)}</td></tr></table>\n"
                : $"<p style=\"text-align: justify;\">{E(paragraph)}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p style=\"text-align: right;\"><strong>{E(article.Author)}</strong></p>\n</div>\n</div>\n");
        AppendBlock(html, "Tin liên quan", context.Related);
        AppendBlock(html, "Cùng chuyên mục", context.Latest.Take(4).ToList());
        AppendBlock(html, "Các tin khác", context.Latest.Skip(4).Take(4).ToList());
        html.Append(CultureInfo.InvariantCulture, $"</div>\n<div class=\"footer\"><p>© {E(outlet.Name)}. Nội dung trình diễn, không phải tin thật.</p></div>\n</body>\n</html>\n");
        return html.ToString();
    }

    public override string RenderListing(string title, IReadOnlyList<DemoArticle> articles, string? nextPagePath, DemoOutlet outlet)
    {
        var html = new StringBuilder(8_192);
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"vi-VN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(title)} | {E(outlet.Name)}</title>\n</head>\n<body>\n<div class=\"wrapper\">\n<h2 class=\"cat-title\">{E(title)}</h2>\n");
        foreach (var article in articles)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"news-item\"><a class=\"title\" href=\"{article.Path}\">{E(article.Title)}</a><div class=\"time\">{E(VietnameseCalendar.ShortByline(article.Published))}</div></div>\n");
        }

        if (nextPagePath is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"paging\"><a href=\"{nextPagePath}\">»</a></div>\n");
        }

        return html.Append("</div>\n</body>\n</html>\n").ToString();
    }

    private static void AppendBlock(StringBuilder html, string heading, IReadOnlyList<DemoArticle> articles)
    {
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"box-news\"><div class=\"box-title\">{E(heading)}</div>\n");
        foreach (var other in articles)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"box-item\"><a href=\"{other.Path}\">{E(other.Title)}</a><br><span>{E(VietnameseCalendar.ShortByline(other.Published))} {E(DemoOutlet.SectionName(other.Section))}</span></div>\n");
        }

        html.Append("</div>\n");
    }
}
