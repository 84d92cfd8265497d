using Pipeline.Indexer.Search;
using Pipeline.Text.Facts;

namespace Pipeline.Web.Api;

/// <summary>One article as <c>/api/articles/{id}</c> returns it.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Url">The address it was fetched from.</param>
/// <param name="CanonicalUrl">Its canonical address.</param>
/// <param name="Source">The configured source that stored it.</param>
/// <param name="Outlet">The outlet's name.</param>
/// <param name="Title">Headline.</param>
/// <param name="Lead">Lead paragraph, if any.</param>
/// <param name="Body">Main text, one paragraph per line.</param>
/// <param name="Text">The analysed text (lead and body, one paragraph per line): the facts' offsets point into it.</param>
/// <param name="Published">Publication time, if known.</param>
/// <param name="Authors">Bylines.</param>
/// <param name="Section">The outlet's section, if known.</param>
/// <param name="FetchedAt">When it was last fetched.</param>
/// <param name="Facts">Partners, parties, counts, dates, topics and the cooperation flag; null before analysis.</param>
/// <param name="Similar">Similar articles from the index.</param>
/// <param name="ArchivedCopy">The copy as crawled, served sandboxed from the raw archive; null when its WARC record is gone.</param>
internal sealed record ApiArticle(
    string Id,
    string Url,
    string CanonicalUrl,
    string Source,
    string Outlet,
    string Title,
    string? Lead,
    string Body,
    string Text,
    DateTimeOffset? Published,
    IReadOnlyList<string> Authors,
    string? Section,
    DateTimeOffset FetchedAt,
    ArticleFacts? Facts,
    IReadOnlyList<SearchHit> Similar,
    ApiArchivedCopy? ArchivedCopy);
