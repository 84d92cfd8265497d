using Pipeline.Crawler.Urls;

namespace Pipeline.Crawler.Discovery;

/// <summary>Reads sitemap indexes, urlsets and Google News sitemaps.</summary>
public static class SitemapParser
{
    /// <summary>Parses a sitemap; entries without a usable address are skipped.</summary>
    /// <param name="xml">The sitemap's text.</param>
    /// <param name="sitemapUri">Its address.</param>
    /// <returns>The index or urlset.</returns>
    /// <exception cref="DiscoveryFormatException">The text is not XML, or not a sitemap.</exception>
    public static SitemapDocument Parse(string xml, Uri sitemapUri)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(sitemapUri);
        var root = SafeXml.Load(xml, "sitemap").Root ?? throw new DiscoveryFormatException("The sitemap is empty.");
        var (isIndex, entryName) = root.Name.LocalName switch
        {
            "sitemapindex" => (true, "sitemap"),
            "urlset" => (false, "url"),
            _ => throw new DiscoveryFormatException($"Not a sitemap: the root element is <{root.Name.LocalName}>, expected <urlset> or <sitemapindex>."),
        };

        var links = new List<DiscoveredLink>();
        foreach (var entry in root.Elements().Where(e => e.Name.LocalName == entryName))
        {
            var loc = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "loc")?.Value;
            // The sitemap protocol requires absolute addresses; anything else is an error in the sitemap.
            if (!UrlCanonicalizer.TryCanonicalize(loc, null, out var url))
            {
                continue;
            }

            var news = entry.Descendants().FirstOrDefault(e => e.Name.LocalName == "publication_date")?.Value;
            var lastmod = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "lastmod")?.Value;
            var title = entry.Descendants().FirstOrDefault(e => e.Name.LocalName == "title")?.Value.Trim();
            links.Add(new DiscoveredLink(url, ListingDates.Parse(news ?? lastmod), title));
        }

        return new SitemapDocument(isIndex, links.DistinctBy(l => l.Url).ToList());
    }
}
