using Pipeline.Crawler.Discovery;

namespace Pipeline.Crawler.Tests.Discovery;

public sealed class SitemapParserTests
{
    private static readonly Uri SitemapUri = new("https://tin.example.vn/sitemap.xml");

    [Fact]
    public void Parse_SitemapIndex_ReturnsChildSitemaps()
    {
        const string xml = """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://tin.example.vn/sitemap-news.xml</loc><lastmod>2025-05-20</lastmod></sitemap>
              <sitemap><loc>https://tin.example.vn/sitemap-2025-05.xml</loc></sitemap>
            </sitemapindex>
            """;

        var document = SitemapParser.Parse(xml, SitemapUri);

        Assert.True(document.IsIndex);
        Assert.Equal(2, document.Links.Count);
    }

    [Fact]
    public void Parse_NewsSitemap_PrefersPublicationDate()
    {
        const string xml = """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://tin.example.vn/a.htm</loc><lastmod>2025-06-01T00:00:00+07:00</lastmod>
                <news:news><news:publication_date>2025-05-20T08:15:00+07:00</news:publication_date><news:title>Hợp tác</news:title></news:news></url>
              <url><loc>not a url</loc></url>
            </urlset>
            """;

        var document = SitemapParser.Parse(xml, SitemapUri);

        Assert.False(document.IsIndex);
        var link = Assert.Single(document.Links);
        Assert.Equal(new DateTimeOffset(2025, 5, 20, 8, 15, 0, TimeSpan.FromHours(7)), link.Published);
        Assert.Equal("Hợp tác", link.Title);
    }

    [Fact]
    public void Parse_NotASitemap_Throws()
    {
        Assert.Throws<DiscoveryFormatException>(() => SitemapParser.Parse("<rss/>", SitemapUri));
    }
}
