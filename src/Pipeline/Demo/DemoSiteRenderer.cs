using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Pipeline.Demo;

/// <summary>Renders the demo outlet: article pages in a common Vietnamese CMS layout (with the related-news traps real pages have), home and section listings, RSS, sitemap and robots.txt.</summary>
internal sealed class DemoSiteRenderer(DemoOutlet outlet, IReadOnlyList<DemoArticle> articles)
{
    private const int RelatedCount = 3;

    public const string RssPath = "/rss/tin-moi-nhat.rss";

    public const string SitemapPath = "/sitemap.xml";

    public IReadOnlyList<DemoArticle> Newest { get; } = articles.OrderByDescending(a => a.Published).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();

    public string Url(string path) => new Uri(outlet.BaseUri, path).AbsoluteUri;

    public string RenderArticle(DemoArticle article)
    {
        var html = new StringBuilder(16_384);
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(E(article.Title)).Append(" - ").Append(E(outlet.Name)).Append("</title>\n")
            .Append("<meta name=\"description\" content=\"").Append(E(article.Lead)).Append("\">\n")
            .Append("<meta property=\"og:type\" content=\"article\">\n")
            .Append("<meta property=\"og:title\" content=\"").Append(E(article.Title)).Append("\">\n")
            .Append("<meta property=\"og:site_name\" content=\"").Append(E(outlet.Name)).Append("\">\n")
            .Append("<meta property=\"og:url\" content=\"").Append(E(Url(article.Path))).Append("\">\n")
            .Append("<meta property=\"article:published_time\" content=\"").Append(Iso(article.Published)).Append("\">\n")
            .Append("<meta property=\"article:section\" content=\"").Append(E(DemoOutlet.SectionName(article.Section))).Append("\">\n")
            .Append("<link rel=\"canonical\" href=\"").Append(E(Url(article.Path))).Append("\">\n")
            .Append("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"").Append(RssPath).Append("\">\n")
            .Append("<script type=\"application/ld+json\">").Append(JsonLd(article)).Append("</script>\n")
            .Append("</head>\n<body>\n");
        AppendHeader(html);
        html.Append("<div class=\"container\">\n<ul class=\"breadcrumb\"><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/")
            .Append(article.Section).Append("/\">").Append(E(DemoOutlet.SectionName(article.Section))).Append("</a></li></ul>\n")
            .Append("<article class=\"article-detail\">\n<h1 class=\"title-detail\">").Append(E(article.Title)).Append("</h1>\n")
            .Append("<div class=\"header-meta\"><span class=\"date\">").Append(E(VietnameseCalendar.LongByline(article.Published))).Append("</span></div>\n")
            .Append("<p class=\"sapo\">").Append(E(article.Lead)).Append("</p>\n<div class=\"fck_detail\">\n");
        var image = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            if (paragraph.StartsWith("Ảnh:", StringComparison.Ordinal))
            {
                html.Append("<figure class=\"image\"><img src=\"/images/").Append(article.Slug).Append('-').Append(++image)
                    .Append(".jpg\" alt=\"\"><figcaption>").Append(E(paragraph)).Append("</figcaption></figure>\n");
            }
            else
            {
                html.Append("<p class=\"Normal\">").Append(E(paragraph)).Append("</p>\n");
            }
        }

        html.Append("<p class=\"author_mail\"><strong>").Append(E(article.Author)).Append("</strong></p>\n</div>\n")
            .Append("<div class=\"social-share\"><span>Chia sẻ</span> <a href=\"#\">Facebook</a> <a href=\"#\">Zalo</a></div>\n")
            .Append("<div class=\"tags\">").AppendJoin(' ', article.Tags.Select(t => $"<a href=\"/tag/\">{E(t)}</a>")).Append("</div>\n")
            .Append("</article>\n");
        AppendRelated(html, article);
        html.Append("<section class=\"box-comment\"><h3>Bình luận</h3><p>Chưa có bình luận nào.</p></section>\n</div>\n");
        AppendFooter(html);
        return html.Append("</body>\n</html>\n").ToString();
    }

    public string RenderListing(string? section)
    {
        var html = new StringBuilder(8_192);
        var title = section is null ? outlet.Name : DemoOutlet.SectionName(section);
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n</head>\n<body>\n");
        AppendHeader(html);
        html.Append("<div class=\"container\">\n<h2 class=\"section-title\">").Append(E(title)).Append("</h2>\n<ul class=\"list-news\">\n");
        foreach (var article in Newest.Where(a => section is null || a.Section == section))
        {
            html.Append("<li><a href=\"").Append(article.Path).Append("\">").Append(E(article.Title)).Append("</a> <span class=\"time\">")
                .Append(E(VietnameseCalendar.ShortByline(article.Published))).Append("</span><p>").Append(E(article.Lead)).Append("</p></li>\n");
        }

        html.Append("</ul>\n</div>\n");
        AppendFooter(html);
        return html.Append("</body>\n</html>\n").ToString();
    }

    public string RenderRss()
    {
        using var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", outlet.Name + " - Tin mới nhất");
            xml.WriteElementString("link", outlet.BaseUri.AbsoluteUri);
            xml.WriteElementString("description", "Tin tức y tế và hợp tác quốc tế");
            xml.WriteElementString("language", "vi");
            foreach (var article in Newest)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", article.Title);
                xml.WriteElementString("link", Url(article.Path));
                xml.WriteElementString("guid", Url(article.Path));
                xml.WriteElementString("pubDate", article.Published.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +0700");
                xml.WriteElementString("description", article.Lead);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return text.ToString();
    }

    public string RenderSitemap()
    {
        using var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var article in Newest)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", Url(article.Path));
                xml.WriteElementString("lastmod", Iso(article.Published));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }

    public string RenderRobots() =>
        $"User-agent: *\nDisallow: /tim-kiem/\n\nSitemap: {Url(SitemapPath)}\n";

    private void AppendHeader(StringBuilder html)
    {
        html.Append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").Append(E(outlet.Name)).Append("</a>\n<nav class=\"main-menu\"><ul>");
        foreach (var section in new[] { "tin-tuc", "hop-tac-quoc-te", "phong-chong-dich", "an-toan-thuc-pham" })
        {
            html.Append("<li><a href=\"/").Append(section).Append("/\">").Append(E(DemoOutlet.SectionName(section))).Append("</a></li>");
        }

        html.Append("</ul></nav>\n<form class=\"search\" action=\"/tim-kiem/\"><input name=\"q\" placeholder=\"Tìm kiếm\"></form></header>\n");
    }

    private void AppendRelated(StringBuilder html, DemoArticle article)
    {
        // Related lists carry other articles' titles and dates: the traps a good extractor must leave out.
        var index = Newest.ToList().IndexOf(article);
        var related = Enumerable.Range(1, RelatedCount).Select(i => Newest[(index + i) % Newest.Count]).Where(a => a != article).ToList();
        html.Append("<section class=\"box-related\"><h3 class=\"box-title\">Tin liên quan</h3><ul>\n");
        foreach (var other in related)
        {
            html.Append("<li><a href=\"").Append(other.Path).Append("\">").Append(E(other.Title)).Append("</a><span class=\"time\">")
                .Append(E(VietnameseCalendar.ShortByline(other.Published))).Append("</span></li>\n");
        }

        html.Append("</ul></section>\n");
    }

    private void AppendFooter(StringBuilder html) =>
        html.Append("<footer class=\"site-footer\"><p>").Append(E(outlet.Name))
            .Append(" - Trang tin trình diễn của Pipeline. Nội dung do nhóm phát triển viết, không phải tin thật.</p></footer>\n");

    private string JsonLd(DemoArticle article)
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["description"] = article.Lead,
            ["datePublished"] = Iso(article.Published),
            ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = article.Author },
            ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = outlet.Name },
            ["mainEntityOfPage"] = Url(article.Path),
        });
        // "</script>" inside a string would end the element early.
        return json.Replace("</", "<\\/", StringComparison.Ordinal);
    }

    private static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
