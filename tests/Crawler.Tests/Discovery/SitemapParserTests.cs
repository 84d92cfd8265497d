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

    [Fact]
    public async Task ReadAsync_50000UrlSitemapOverFiveMebibytes_EveryEntry()
    {
        var sitemap = GeneratedSitemaps.Urlset(SitemapParser.MaxEntries);
        Assert.True(sitemap.Length > 8 * 1024 * 1024, "the finding's sitemap is 8 MB");

        var document = await SitemapParser.ReadAsync(new MemoryStream(sitemap), SitemapUri);

        Assert.Null(document.Error);
        Assert.Equal(SitemapParser.MaxEntries, document.Links.Count);
        Assert.Equal("https://tin.example.vn/suc-khoe/hop-tac-y-te-quoc-te-bai-so-49999.htm", document.Links[^1].Url.AbsoluteUri);
        Assert.Equal("Bệnh viện tỉnh hợp tác đào tạo với đối tác nước ngoài, số 49999", document.Links[^1].Title);
        Assert.NotNull(document.Links[^1].Published);
    }

    [Fact]
    public async Task ReadAsync_MoreEntriesThanTheProtocolAllows_FirstEntriesAndAnError()
    {
        var sitemap = GeneratedSitemaps.Urlset(SitemapParser.MaxEntries + 10);

        var document = await SitemapParser.ReadAsync(new MemoryStream(sitemap), SitemapUri);

        Assert.Equal(SitemapParser.MaxEntries, document.Links.Count);
        Assert.Contains("more than 50,000 entries", document.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SitemapBreaksOff_EntriesBeforeAndAnError()
    {
        var sitemap = GeneratedSitemaps.Urlset(1_000, garbageAfter: 700);

        var document = await SitemapParser.ReadAsync(new MemoryStream(sitemap), SitemapUri);

        Assert.Equal(700, document.Links.Count);
        Assert.Contains("breaks off", document.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NotXml_Throws()
    {
        await Assert.ThrowsAsync<DiscoveryFormatException>(() => SitemapParser.ReadAsync(new MemoryStream(new byte[1000]), SitemapUri));
    }

    [Fact]
    public void Parse_DoctypeEntityBomb_Refused()
    {
        const string bomb = """<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><urlset><url><loc>&b;</loc></url></urlset>""";

        Assert.Throws<DiscoveryFormatException>(() => SitemapParser.Parse(bomb, SitemapUri));
    }
}
