using System.Globalization;
using System.Text;
using Pipeline.Corpus;
using static Pipeline.Demo.Layouts.Html;

namespace Pipeline.Demo.Layouts;

/// <summary>
/// A government-portal layout: JSON-LD in an @graph (WebPage, BreadcrumbList, NewsArticle), no OpenGraph
/// dates, a visible "Ngày đăng" with a &lt;time datetime&gt;, the body marked itemprop=articleBody, AMP and
/// print variants pointing to the canonical page, and a "Tin mới" box whose items carry &lt;time&gt; elements
/// of their own (a trap for date extraction).
/// </summary>
internal sealed class PortalLayout : OutletLayout
{
    public override string RenderArticle(DemoArticle article, PageContext context)
    {
        var outlet = context.Outlet;
        var url = outlet.Url(context.CanonicalPath);
        var html = new StringBuilder(16_384);
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>{{E(article.Title)}}</title>
            <link rel="canonical" href="{{E(url)}}">
            <link rel="amphtml" href="{{E(outlet.Url("/amp" + context.CanonicalPath))}}">
            <script type="application/ld+json">{{JsonLd(new Dictionary<string, object>
            {
                ["@context"] = "https://schema.org",
                ["@graph"] = new object[]
                {
                    new Dictionary<string, object> { ["@type"] = "WebPage", ["url"] = url, ["name"] = article.Title },
                    new Dictionary<string, object>
                    {
                        ["@type"] = "BreadcrumbList",
                        ["itemListElement"] = new object[]
                        {
                            new Dictionary<string, object> { ["@type"] = "ListItem", ["position"] = 1, ["name"] = "Trang chủ", ["item"] = outlet.Url("/") },
                            new Dictionary<string, object> { ["@type"] = "ListItem", ["position"] = 2, ["name"] = DemoOutlet.SectionName(article.Section), ["item"] = outlet.Url($"/{article.Section}/") },
                        },
                    },
                    new Dictionary<string, object>
                    {
                        ["@type"] = "NewsArticle",
                        ["headline"] = article.Title,
                        ["datePublished"] = Iso(article.Published),
                        ["author"] = new object[] { new Dictionary<string, string> { ["@type"] = "Person", ["name"] = article.Author } },
                        ["publisher"] = new Dictionary<string, string> { ["@type"] = "GovernmentOrganization", ["name"] = outlet.Name },
                    },
                },
            })}}</script>
            </head>
            <body>
            <div id="header"><div class="logo"><a href="/">{{E(outlet.Name)}}</a></div>
            <ul class="nav-menu"><li><a href="/">Trang chủ</a></li><li><a href="/hop-tac-quoc-te/">Hợp tác quốc tế</a></li><li><a href="/y-te-so/">Chuyển đổi số</a></li><li><a href="/tin-tong-hop/">Tin tổng hợp</a></li></ul></div>
            <div id="main">
            <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/{{article.Section}}/">{{E(DemoOutlet.SectionName(article.Section))}}</a></li></ol>
            <div class="news-detail">
            <h1 class="news-title">{{E(article.Title)}}</h1>
            <div class="news-meta">Ngày đăng: <time datetime="{{Iso(article.Published)}}">{{article.Published.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}}</time>{{(context.Credit is null ? string.Empty : $" | <span class=\"source\">{E(context.Credit)}</span>")}} | <a href="{{"/print" + context.CanonicalPath}}">In trang</a></div>
            <div class="summary">{{E(article.Lead)}}</div>
            <div class="news-body" itemprop="articleBody">

            """);
        foreach (var paragraph in article.Paragraphs)
        {
            html.Append(IsCaption(paragraph)
                ? $"<figure><img src=\"/upload/{article.Slug}.jpg\" alt=\"\"><figcaption>{E(paragraph)}</figcaption></figure>\n"
                : $"<p>{E(paragraph)}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"signature\">{E(article.Author)}</p>\n</div>\n</div>\n<div class=\"box-latest\"><h2>Tin mới</h2><ul>\n");
        foreach (var other in context.Latest.Take(5))
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{other.Path}\">{E(other.Title)}</a> <time datetime=\"{Iso(other.Published)}\">{other.Published.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}</time></li>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul></div>\n</div>\n<div id=\"footer\">{E(outlet.Name)} - Cổng thông tin trình diễn. Nội dung không phải tin thật.</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The AMP variant: same article, minimal markup, canonical to the normal page.</summary>
    public static string RenderAmp(DemoArticle article, DemoOutlet outlet, string canonicalPath)
    {
        var html = new StringBuilder(8_192);
        html.Append(CultureInfo.InvariantCulture, $"<!doctype html>\n<html amp lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(article.Title)}</title>\n<link rel=\"canonical\" href=\"{E(outlet.Url(canonicalPath))}\">\n<meta name=\"viewport\" content=\"width=device-width\">\n</head>\n<body>\n<article>\n<h1>{E(article.Title)}</h1>\n<p class=\"meta\"><time datetime=\"{Iso(article.Published)}\">{article.Published.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}</time></p>\n<p class=\"summary\">{E(article.Lead)}</p>\n");
        foreach (var paragraph in article.Paragraphs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(paragraph)}</p>\n");
        }

        return html.Append(CultureInfo.InvariantCulture, $"<p class=\"signature\">{E(article.Author)}</p>\n</article>\n</body>\n</html>\n").ToString();
    }

    public override string RenderListing(string title, IReadOnlyList<DemoArticle> articles, string? nextPagePath, DemoOutlet outlet)
    {
        var html = new StringBuilder(8_192);
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(title)}</title>\n</head>\n<body>\n<div id=\"main\">\n<h1>{E(title)}</h1>\n<ul class=\"news-list\">\n");
        foreach (var article in articles)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{article.Path}\">{E(article.Title)}</a> <time datetime=\"{Iso(article.Published)}\">{article.Published.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}</time></li>\n");
        }

        html.Append("</ul>\n");
        if (nextPagePath is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a class=\"next-page\" href=\"{nextPagePath}\">Trang tiếp</a>\n");
        }

        return html.Append("</div>\n</body>\n</html>\n").ToString();
    }
}
