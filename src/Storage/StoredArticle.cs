using Pipeline.Crawler.Fetching;

namespace Pipeline.Storage;

/// <summary>An article as the store holds it.</summary>
/// <param name="Id">Stable id derived from the canonical address.</param>
/// <param name="Sequence">Store sequence of its last change; drives incremental indexing.</param>
/// <param name="Source">The configured source it came from.</param>
/// <param name="Url">The address it was fetched from.</param>
/// <param name="CanonicalUrl">Its canonical address.</param>
/// <param name="Outlet">The outlet's name.</param>
/// <param name="Title">Headline.</param>
/// <param name="Lead">Lead paragraph, if any.</param>
/// <param name="Body">Main text without the lead, one paragraph per line.</param>
/// <param name="Published">Publication time, if known.</param>
/// <param name="Authors">Bylines.</param>
/// <param name="Section">The outlet's section, if known.</param>
/// <param name="FactsJson">The analysis as JSON, when done.</param>
/// <param name="FetchedAt">When it was last fetched.</param>
/// <param name="Charset">How the fetched body was decoded; null for articles stored before this was kept, and for imported ones.</param>
public sealed record StoredArticle(
    string Id,
    long Sequence,
    string Source,
    string Url,
    string CanonicalUrl,
    string Outlet,
    string Title,
    string? Lead,
    string Body,
    DateTimeOffset? Published,
    IReadOnlyList<string> Authors,
    string? Section,
    DateTimeOffset FetchedAt,
    string? FactsJson = null,
    CharsetDecision? Charset = null);
