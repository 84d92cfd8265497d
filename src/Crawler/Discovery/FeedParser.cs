using System.Xml.Linq;
using Pipeline.Crawler.Urls;

namespace Pipeline.Crawler.Discovery;

/// <summary>Reads article links from RSS 2.0 and Atom feeds.</summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Parses a feed; items without a usable link are skipped.</summary>
    /// <param name="xml">The feed's text.</param>
    /// <param name="feedUri">The feed's address, the base for relative links.</param>
    /// <returns>The links in document order, each once.</returns>
    /// <exception cref="DiscoveryFormatException">The text is not XML, or neither RSS nor Atom.</exception>
    public static IReadOnlyList<DiscoveredLink> Parse(string xml, Uri feedUri)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(feedUri);
        var root = SafeXml.Load(xml, "feed").Root
            ?? throw new DiscoveryFormatException("The feed is empty.");
        var links = root.Name.LocalName switch
        {
            "rss" or "RDF" => ParseRss(root, feedUri),
            "feed" => ParseAtom(root, feedUri),
            _ => throw new DiscoveryFormatException($"Not a feed: the root element is <{root.Name.LocalName}>, expected <rss> or <feed>."),
        };
        return links.DistinctBy(l => l.Url).ToList();
    }

    private static IEnumerable<DiscoveredLink> ParseRss(XElement root, Uri feedUri)
    {
        foreach (var item in root.Descendants().Where(e => e.Name.LocalName == "item"))
        {
            var href = Child(item, "link") ?? PermalinkGuid(item);
            if (UrlCanonicalizer.TryCanonicalize(href, feedUri, out var url))
            {
                yield return new DiscoveredLink(url, ListingDates.Parse(Child(item, "pubDate") ?? Child(item, "date")), Child(item, "title"));
            }
        }
    }

    private static IEnumerable<DiscoveredLink> ParseAtom(XElement root, Uri feedUri)
    {
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            var link = entry.Elements(Atom + "link")
                .FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
            if (UrlCanonicalizer.TryCanonicalize((string?)link?.Attribute("href"), feedUri, out var url))
            {
                var date = (string?)entry.Element(Atom + "published") ?? (string?)entry.Element(Atom + "updated");
                yield return new DiscoveredLink(url, ListingDates.Parse(date), (string?)entry.Element(Atom + "title"));
            }
        }
    }

    private static string? Child(XElement element, string localName) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim();

    private static string? PermalinkGuid(XElement item)
    {
        var guid = item.Elements().FirstOrDefault(e => e.Name.LocalName == "guid");
        return guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase)
            ? guid.Value.Trim()
            : null;
    }
}
