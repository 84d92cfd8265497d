namespace Pipeline.Indexer.Schema;

/// <summary>An article as the index receives it.</summary>
/// <param name="Id">Stable article id; indexing the same id again replaces the document.</param>
/// <param name="Url">The article's address.</param>
/// <param name="Outlet">The outlet key.</param>
/// <param name="Title">Headline.</param>
/// <param name="Lead">Lead paragraph, if any.</param>
/// <param name="Body">Main text without the lead.</param>
/// <param name="Published">Publication time, if known.</param>
/// <param name="Facts">The analysis (partners, parties, counts, dates, topics, cooperation), if done.</param>
/// <param name="Authors">Bylines, if any.</param>
/// <param name="Section">The outlet's section, if known.</param>
public sealed record IndexedArticle(
    string Id,
    string Url,
    string Outlet,
    string Title,
    string? Lead,
    string Body,
    DateTimeOffset? Published,
    Pipeline.Text.Facts.ArticleFacts? Facts = null,
    IReadOnlyList<string>? Authors = null,
    string? Section = null);
