using System.Globalization;
using System.Text;
using System.Xml;
using Pipeline.Corpus;
using Pipeline.Crawler.Crawling;
using Pipeline.Demo.Layouts;

namespace Pipeline.Demo;

/// <summary>
/// Builds every response of the demo site: four outlets on their own host names, article pages in their
/// layouts, paginated section listings, an RSS feed per section, a sitemap index with a news sitemap and
/// yearly sitemaps, robots.txt with a Disallow and a Crawl-delay, and the traps real sites have: an outlet
/// in windows-1258, syndicated copies on a second outlet, AMP and print variants naming their canonical
/// page, a removed article (404), a moved one (301) and a page that robots.txt forbids.
/// </summary>
internal sealed class DemoSiteBuilder
{
    public const string LatestFeedPath = "/rss/tin-moi-nhat.rss";
    public const string SitemapIndexPath = "/sitemap.xml";
    public const string ArticlePattern = @"-\d{14}\.htm$";
    public const int PageSize = 10;

    /// <summary>Seconds between requests that robots.txt asks for.</summary>
    public const string CrawlDelay = "0.5";

    private const string SyndicationSection = "tin-tong-hop";
    private const int RelatedCount = 3;
    private const int NewsSitemapSize = 10;
    private const int AmpListedInSitemap = 3;

    private readonly IReadOnlyList<DemoArticle> articles;
    private readonly Dictionary<(string Host, string Path), DemoResponse> responses = [];

    public DemoSiteBuilder(IReadOnlyList<DemoArticle> articles)
    {
        this.articles = articles;
        foreach (var article in articles)
        {
            DemoOutlet.Get(article.Outlet);
        }

        var original = DemoOutlet.Get("nhipsongyte");
        Syndicated = Newest(original).Where(a => a.Cooperation != false).Where((_, i) => i % 4 == 1).Take(5).ToList();
        Moved = Newest(DemoOutlet.Get("suckhoecongdong")).LastOrDefault();
    }

    /// <summary>Articles of Nhịp sống Y tế republished, identical, on the portal.</summary>
    public IReadOnlyList<DemoArticle> Syndicated { get; }

    /// <summary>The article whose old address answers 301.</summary>
    public DemoArticle? Moved { get; }

    public static string SyndicatedPath(DemoArticle article) => $"/{SyndicationSection}/{article.Slug}-{article.Published:yyyyMMddHHmmss}.htm";

    public static string OldPath(DemoArticle article) => $"/tin-cu/{article.Slug}-{article.Published:yyyyMMddHHmmss}.htm";

    public static string RemovedPath => "/tin-tuc/bai-viet-da-go-bo-20240105080000.htm";

    public static string BlockedPath => "/noi-bo/ban-tin-noi-bo-20250105080000.htm";

    public IReadOnlyDictionary<(string Host, string Path), DemoResponse> Build()
    {
        foreach (var outlet in DemoOutlet.All)
        {
            BuildOutlet(outlet);
        }

        return responses;
    }

    /// <summary>One crawl source per outlet: its feeds and sitemap index.</summary>
    public IReadOnlyList<CrawlSource> Sources() =>
        DemoOutlet.All.Select(outlet => new CrawlSource(
            $"demo-{outlet.Key}",
            Feeds: FeedPaths(outlet).Select(p => new Uri(outlet.Url(p))).ToList(),
            Sitemaps: [new Uri(outlet.Url(SitemapIndexPath))],
            ArticlePattern: ArticlePattern,
            Delay: TimeSpan.FromMilliseconds(50),
            AllowPrivateNetwork: true)).ToList();

    private void BuildOutlet(DemoOutlet outlet)
    {
        var layout = OutletLayout.For(outlet);
        var own = Newest(outlet).ToList();
        for (var i = 0; i < own.Count; i++)
        {
            var related = Enumerable.Range(1, RelatedCount).Select(k => own[(i + k) % own.Count]).Where(a => a != own[i]).Distinct().ToList();
            var context = new PageContext(outlet, related, own.Take(8).Where(a => a != own[i]).ToList(), own[i].Path);
            Html(outlet, own[i].Path, layout.RenderArticle(own[i], context));
            if (outlet.Key == "hoptacyte")
            {
                Html(outlet, "/amp" + own[i].Path, PortalLayout.RenderAmp(own[i], outlet, own[i].Path));
                Html(outlet, "/print" + own[i].Path, PortalLayout.RenderAmp(own[i], outlet, own[i].Path));
            }
        }

        if (outlet.Key == "hoptacyte")
        {
            foreach (var copy in Syndicated)
            {
                var context = new PageContext(outlet, [], own.Take(5).ToList(), SyndicatedPath(copy), $"Nguồn: {DemoOutlet.Get(copy.Outlet).Name}");
                Html(outlet, SyndicatedPath(copy), layout.RenderArticle(copy with { Section = SyndicationSection }, context));
            }
        }

        if (outlet.Key == "suckhoecongdong" && Moved is not null)
        {
            responses[(outlet.Host, OldPath(Moved))] = new DemoResponse(301, "text/html; charset=utf-8", [], outlet.Url(Moved.Path));
        }

        if (outlet.Key == "thoibaoyhoc")
        {
            Html(outlet, BlockedPath, "<html><head><title>Nội bộ</title></head><body><h1>Bản tin nội bộ</h1><p>Trang này chỉ dành cho cán bộ, nhân viên trong cơ quan và không được phép thu thập.</p></body></html>");
        }

        BuildListings(outlet, layout, own);
        BuildFeeds(outlet, own);
        BuildSitemaps(outlet, own);
        responses[(outlet.Host, "/robots.txt")] = new DemoResponse(200, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(
            $"# Demo outlet {outlet.Name}\nUser-agent: *\nCrawl-delay: {CrawlDelay}\nDisallow: /tim-kiem/\nDisallow: /noi-bo/\nDisallow: /print/\n\nSitemap: {outlet.Url(SitemapIndexPath)}\n"));
    }

    private void BuildListings(DemoOutlet outlet, OutletLayout layout, List<DemoArticle> own)
    {
        var sections = own.GroupBy(a => a.Section, StringComparer.Ordinal).Select(g => (Path: $"/{g.Key}/", Title: DemoOutlet.SectionName(g.Key), Items: g.ToList()))
            .Prepend((Path: "/", Title: outlet.Name, Items: own));
        foreach (var (path, title, items) in sections)
        {
            var pages = (items.Count + PageSize - 1) / PageSize;
            for (var page = 1; page <= Math.Max(1, pages); page++)
            {
                var pagePath = page == 1 ? path : $"{path}trang-{page}.htm";
                var next = page < pages ? $"{path}trang-{page + 1}.htm" : null;
                Html(outlet, pagePath, layout.RenderListing(title, items.Skip((page - 1) * PageSize).Take(PageSize).ToList(), next, outlet));
            }
        }
    }

    private void BuildFeeds(DemoOutlet outlet, List<DemoArticle> own)
    {
        var feeds = own.GroupBy(a => a.Section, StringComparer.Ordinal).Select(g => ($"/rss/{g.Key}.rss", DemoOutlet.SectionName(g.Key), g.Select(a => (Article: a, Path: a.Path)).ToList())).ToList();
        var latest = own.Take(20).Select(a => (Article: a, Path: a == Moved ? OldPath(a) : a.Path)).ToList();
        if (outlet.Key == "suckhoecongdong")
        {
            // A feed entry whose article has since been removed: the crawler must record the 404 and go on.
            latest.Add((own[0] with { Title = "Bài viết đã gỡ" }, RemovedPath));
        }

        feeds.Add((LatestFeedPath, "Tin mới nhất", latest));
        if (outlet.Key == "hoptacyte")
        {
            feeds.Add(($"/rss/{SyndicationSection}.rss", "Tin tổng hợp", Syndicated.Select(a => (Article: a, Path: SyndicatedPath(a))).ToList()));
        }

        foreach (var (path, title, items) in feeds)
        {
            Xml(outlet, path, "application/rss+xml", writer =>
            {
                writer.WriteStartElement("rss");
                writer.WriteAttributeString("version", "2.0");
                writer.WriteStartElement("channel");
                writer.WriteElementString("title", $"{outlet.Name} - {title}");
                writer.WriteElementString("link", outlet.Url("/"));
                writer.WriteElementString("description", title);
                foreach (var (article, articlePath) in items)
                {
                    writer.WriteStartElement("item");
                    writer.WriteElementString("title", article.Title);
                    writer.WriteElementString("link", outlet.Url(articlePath));
                    writer.WriteElementString("pubDate", article.Published.ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +0700");
                    writer.WriteElementString("description", article.Lead);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            });
        }
    }

    private void BuildSitemaps(DemoOutlet outlet, List<DemoArticle> own)
    {
        const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
        const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";
        var years = own.GroupBy(a => a.Published.Year).OrderBy(g => g.Key).ToList();
        Xml(outlet, SitemapIndexPath, "application/xml", writer =>
        {
            writer.WriteStartElement("sitemapindex", SitemapNs);
            foreach (var (path, lastmod) in years.Select(y => ($"/sitemaps/{y.Key}.xml", y.Max(a => a.Published))).Prepend(("/sitemaps/news.xml", own[0].Published)))
            {
                writer.WriteStartElement("sitemap");
                writer.WriteElementString("loc", outlet.Url(path));
                writer.WriteElementString("lastmod", Layouts.Html.Iso(lastmod));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
        Xml(outlet, "/sitemaps/news.xml", "application/xml", writer =>
        {
            writer.WriteStartElement("urlset", SitemapNs);
            writer.WriteAttributeString("xmlns", "news", null, NewsNs);
            foreach (var article in own.Take(NewsSitemapSize))
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", outlet.Url(article.Path));
                writer.WriteStartElement("news", "news", NewsNs);
                writer.WriteStartElement("news", "publication", NewsNs);
                writer.WriteElementString("news", "name", NewsNs, outlet.Name);
                writer.WriteElementString("news", "language", NewsNs, "vi");
                writer.WriteEndElement();
                writer.WriteElementString("news", "publication_date", NewsNs, Layouts.Html.Iso(article.Published));
                writer.WriteElementString("news", "title", NewsNs, article.Title);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
        foreach (var year in years)
        {
            var entries = year.Select(a => (Path: a.Path, a.Published)).ToList();
            if (outlet.Key == "hoptacyte")
            {
                // Some CMSs list AMP pages too; their canonical link leads back to the article.
                entries.AddRange(year.Take(AmpListedInSitemap).Select(a => ("/amp" + a.Path, a.Published)));
                entries.AddRange(Syndicated.Where(a => a.Published.Year == year.Key).Select(a => (SyndicatedPath(a), a.Published)));
            }

            if (outlet.Key == "thoibaoyhoc" && year.Key == years[^1].Key)
            {
                entries.Add((BlockedPath, year.Max(a => a.Published)));
            }

            Xml(outlet, $"/sitemaps/{year.Key}.xml", "application/xml", writer =>
            {
                writer.WriteStartElement("urlset", SitemapNs);
                foreach (var (path, lastmod) in entries)
                {
                    writer.WriteStartElement("url");
                    writer.WriteElementString("loc", outlet.Url(path));
                    writer.WriteElementString("lastmod", Layouts.Html.Iso(lastmod));
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            });
        }
    }

    private IEnumerable<string> FeedPaths(DemoOutlet outlet)
    {
        var sections = Newest(outlet).Select(a => a.Section).Distinct(StringComparer.Ordinal).Select(s => $"/rss/{s}.rss");
        var feeds = sections.Prepend(LatestFeedPath);
        return outlet.Key == "hoptacyte" ? feeds.Append($"/rss/{SyndicationSection}.rss") : feeds;
    }

    private IEnumerable<DemoArticle> Newest(DemoOutlet outlet) =>
        articles.Where(a => a.Outlet == outlet.Key).OrderByDescending(a => a.Published).ThenBy(a => a.Slug, StringComparer.Ordinal);

    private void Html(DemoOutlet outlet, string path, string html)
    {
        var body = outlet.Charset == "windows-1258" ? Windows1258.Encode(html) : Encoding.UTF8.GetBytes(html);
        responses[(outlet.Host, path)] = new DemoResponse(200, $"text/html; charset={outlet.Charset}", body);
    }

    private void Xml(DemoOutlet outlet, string path, string mediaType, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            write(writer);
        }

        responses[(outlet.Host, path)] = new DemoResponse(200, $"{mediaType}; charset=utf-8", stream.ToArray());
    }
}
