namespace Pipeline.Crawler.Extraction;

/// <summary>Whether a page is a listing (homepage, section, tag page) rather than an article, and which signals say so.</summary>
/// <param name="IsListing">True for homepages, section, tag and other listing pages.</param>
/// <param name="Reason">The signals that fired ("listing page: teaser grid (12 teasers), site root"), or null for an article.</param>
internal sealed record PageVerdict(bool IsListing, string? Reason)
{
    public static PageVerdict Article { get; } = new(false, null);
}
