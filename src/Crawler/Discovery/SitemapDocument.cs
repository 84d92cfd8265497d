namespace Pipeline.Crawler.Discovery;

/// <summary>A parsed sitemap: either an index of further sitemaps or a set of page addresses.</summary>
/// <param name="IsIndex">True for a sitemap index, whose <paramref name="Links"/> are sitemaps.</param>
/// <param name="Links">Sitemaps (index) or pages (urlset), with lastmod or news publication date.</param>
public sealed record SitemapDocument(bool IsIndex, IReadOnlyList<DiscoveredLink> Links)
{
    /// <summary>Why only part of the sitemap was read (too large, too many entries, broken off); null when it was read whole.</summary>
    public string? Error { get; init; }
}
