using Pipeline.Text.Facts;

namespace Pipeline.Storage;

/// <summary>An article stored without a crawl (a gold or synthetic corpus), already analysed.</summary>
/// <param name="Url">Its canonical address; the id derives from it.</param>
/// <param name="Source">The source name to record.</param>
/// <param name="Outlet">The outlet's name.</param>
/// <param name="Title">Headline.</param>
/// <param name="Lead">Lead paragraph, if any.</param>
/// <param name="Paragraphs">Body paragraphs.</param>
/// <param name="Published">Publication time, if known.</param>
/// <param name="Authors">Bylines.</param>
/// <param name="Facts">Its facts.</param>
internal sealed record ImportedArticle(
    Uri Url,
    string Source,
    string Outlet,
    string Title,
    string? Lead,
    IReadOnlyList<string> Paragraphs,
    DateTimeOffset? Published,
    IReadOnlyList<string> Authors,
    ArticleFacts Facts);
