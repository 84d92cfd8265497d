namespace Pipeline.Indexer.Search;

/// <summary>One matching article.</summary>
/// <param name="Id">Stable article id.</param>
/// <param name="Url">Its address.</param>
/// <param name="Title">Headline.</param>
/// <param name="Published">Publication time, if known.</param>
/// <param name="Outlet">Outlet key.</param>
/// <param name="Snippet">A passage with matches in &lt;mark&gt;; everything else HTML-escaped.</param>
/// <param name="Score">Relevance score; NaN when sorted by date.</param>
/// <param name="Topics">Topic labels with their scores, best first (empty before analysis).</param>
/// <param name="Partners">Partners as display names (empty before analysis).</param>
public sealed record SearchHit(
    string Id,
    string Url,
    string Title,
    DateTimeOffset? Published,
    string Outlet,
    string Snippet,
    float Score,
    IReadOnlyList<Pipeline.Text.Facts.TopicScore> Topics,
    IReadOnlyList<string> Partners);
