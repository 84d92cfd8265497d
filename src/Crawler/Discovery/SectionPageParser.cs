using AngleSharp.Html.Parser;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Urls;
using Pipeline.Text;

namespace Pipeline.Crawler.Discovery;

/// <summary>Reads a section listing page: its links, and the link to the next listing page if there is one.</summary>
public static class SectionPageParser
{
    private static readonly HashSet<string> NextWords = new(StringComparer.Ordinal)
    {
        "trang sau", "trang tiep", "tiep theo", "tiep", "xem them", "next", "»", "›", ">>", "sau",
    };

    /// <summary>Parses a listing page.</summary>
    /// <param name="html">The page.</param>
    /// <param name="pageUri">Its address, the base for relative links.</param>
    /// <returns>Every distinct link in document order, and the next page's address if any.</returns>
    public static (IReadOnlyList<DiscoveredLink> Links, Uri? Next) Parse(string html, Uri pageUri)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUri);
        using var document = new HtmlParser().ParseDocument(HtmlNestingLimiter.Limit(html));
        var links = new List<DiscoveredLink>();
        var seen = new HashSet<Uri>();
        Uri? next = null;
        foreach (var anchor in document.QuerySelectorAll("a[href], link[rel=next][href]"))
        {
            if (!UrlCanonicalizer.TryCanonicalize(anchor.GetAttribute("href"), pageUri, out var url) || url == pageUri)
            {
                continue;
            }

            var label = DiacriticFolding.Fold(anchor.TextContent.Trim()).ToLowerInvariant();
            var isNext = string.Equals(anchor.GetAttribute("rel"), "next", StringComparison.OrdinalIgnoreCase)
                || NextWords.Contains(label)
                || (anchor.GetAttribute("class") ?? string.Empty).Contains("next", StringComparison.OrdinalIgnoreCase);
            if (isNext && next is null && url.Host == pageUri.Host)
            {
                next = url;
            }

            if (seen.Add(url))
            {
                var title = anchor.TextContent.Trim();
                links.Add(new DiscoveredLink(url, null, title.Length == 0 ? null : title));
            }
        }

        return (links, next);
    }
}
