using System.Globalization;
using System.Text;
using Pipeline.Corpus;
using static Pipeline.Demo.Layouts.Html;

namespace Pipeline.Demo.Layouts;

/// <summary>
/// A modern national-daily layout: JSON-LD NewsArticle, OpenGraph with article:published_time, the byline
/// "Thứ tư, 22/10/2025, 19:25 (GMT+7)", a sapo paragraph, figures with captions, a signature line,
/// share bar, tags, "Tin liên quan" with other articles' titles and dates, and comments.
/// </summary>
internal sealed class ModernNewsLayout : OutletLayout
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
            <title>{{E(article.Title)}} - {{E(outlet.Name)}}</title>
            <meta name="description" content="{{E(article.Lead)}}">
            <meta property="og:type" content="article">
            <meta property="og:title" content="{{E(article.Title)}}">
            <meta property="og:site_name" content="{{E(outlet.Name)}}">
            <meta property="og:url" content="{{E(url)}}">
            <meta property="article:published_time" content="{{Iso(article.Published)}}">
            <meta property="article:section" content="{{E(DemoOutlet.SectionName(article.Section))}}">
            <link rel="canonical" href="{{E(url)}}">
            <script type="application/ld+json">{{JsonLd(new Dictionary<string, object>
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "NewsArticle",
                ["headline"] = article.Title,
                ["description"] = article.Lead,
                ["datePublished"] = Iso(article.Published),
                ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = article.Author },
                ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = outlet.Name },
                ["mainEntityOfPage"] = url,
            })}}</script>
            </head>
            <body>
            <header class="site-header"><a class="logo" href="/">{{E(outlet.Name)}}</a>
            <nav class="main-menu"><ul><li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/hop-tac-quoc-te/">Hợp tác quốc tế</a></li><li><a href="/phong-chong-dich/">Phòng chống dịch</a></li><li><a href="/y-te-so/">Y tế số</a></li></ul></nav>
            <form class="search" action="/tim-kiem/"><input name="q" placeholder="Tìm kiếm"></form></header>
            <div class="container">
            <ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/{{article.Section}}/">{{E(DemoOutlet.SectionName(article.Section))}}</a></li></ul>
            <article class="article-detail">
            <h1 class="title-detail">{{E(article.Title)}}</h1>
            <div class="header-meta"><span class="date">{{E(VietnameseCalendar.LongByline(article.Published))}}</span></div>
            <p class="description">{{E(article.Lead)}}</p>
            <div class="fck_detail">

            """);
        var image = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            html.Append(IsCaption(paragraph)
                ? $"<figure class=\"tplCaption\"><img src=\"/images/{article.Slug}-{++image}.jpg\" alt=\"\"><figcaption><p class=\"Image\">{E(paragraph)}</p></figcaption></figure>\n"
                : $"<p class=\"Normal\">{E(paragraph)}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $$"""
            <p class="Normal author_mail" style="text-align:right;"><strong>{{E(article.Author)}}</strong></p>
            </div>
            <div class="social-share"><span>Chia sẻ</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép liên kết</a></div>
            <div class="tags">{{string.Join(' ', article.Tags.Select(t => $"<a href=\"/tag/\">{E(t)}</a>"))}}</div>
            </article>
            <section class="box-related"><h3 class="box-title">Tin liên quan</h3><ul>

            """);
        foreach (var other in context.Related)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{other.Path}\">{E(other.Title)}</a><span class=\"time\">{E(VietnameseCalendar.ShortByline(other.Published))}</span><p>{E(other.Lead)}</p></li>\n");
        }

        html.Append("""
            </ul></section>
            <section class="box-comment"><h3>Bình luận</h3><div class="comment-item"><b>Độc giả Minh</b><p>Mong rằng chương trình sẽ sớm được triển khai rộng rãi ở các tỉnh khác.</p></div></section>
            </div>

            """);
        html.Append(Footer(context.Outlet));
        return html.ToString();
    }

    public override string RenderListing(string title, IReadOnlyList<DemoArticle> articles, string? nextPagePath, DemoOutlet outlet)
    {
        var html = new StringBuilder(8_192);
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(title)} - {E(outlet.Name)}</title>\n</head>\n<body>\n<header class=\"site-header\"><a class=\"logo\" href=\"/\">{E(outlet.Name)}</a></header>\n<div class=\"container\">\n<h1 class=\"title-folder\">{E(title)}</h1>\n");
        foreach (var article in articles)
        {
            html.Append(CultureInfo.InvariantCulture, $"<article class=\"item-news\"><h3 class=\"title-news\"><a href=\"{article.Path}\">{E(article.Title)}</a></h3><p class=\"description\">{E(article.Lead)}</p><span class=\"time\">{E(VietnameseCalendar.ShortByline(article.Published))}</span></article>\n");
        }

        if (nextPagePath is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"pagination\"><a class=\"next\" href=\"{nextPagePath}\">Trang sau</a></div>\n");
        }

        return html.Append("</div>\n").Append(Footer(outlet)).ToString();
    }

    private static string Footer(DemoOutlet outlet) =>
        $"<footer class=\"site-footer\"><p>{E(outlet.Name)} - Trang tin trình diễn của Pipeline. Nội dung do nhóm phát triển viết, không phải tin thật.</p></footer>\n</body>\n</html>\n";
}
