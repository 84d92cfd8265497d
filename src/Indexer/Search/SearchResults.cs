namespace Pipeline.Indexer.Search;

/// <summary>A page of search results.</summary>
/// <param name="Total">All matching articles.</param>
/// <param name="TookMs">Time spent searching, in milliseconds.</param>
/// <param name="Hits">The requested page.</param>
/// <param name="Facets">Over all matching articles: counts per topic, country, partner, outlet and month, largest first.</param>
/// <param name="TimedOut">True when the search used its time budget: hits, total and facets cover the documents seen by then.</param>
public sealed record SearchResults(int Total, long TookMs, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets, bool TimedOut = false);
