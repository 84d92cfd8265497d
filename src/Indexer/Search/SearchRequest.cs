using Lucene.Net.Search;

namespace Pipeline.Indexer.Search;

/// <summary>A search.</summary>
/// <param name="Query">Free text with "phrases", AND/OR/NOT; empty lists everything, newest first.</param>
/// <param name="Limit">Hits per page; 1 to 100.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="Topic">Only articles with this topic label.</param>
/// <param name="Partner">Only articles with this partner key.</param>
/// <param name="Country">Only articles with a partner of this country (ISO 3166-1 alpha-2).</param>
/// <param name="Outlet">Only articles of this outlet key.</param>
/// <param name="From">Only articles published at or after this time.</param>
/// <param name="To">Only articles published before this time.</param>
/// <param name="SortByDate">Newest first instead of by relevance.</param>
/// <param name="Budget">Time budget of this search; null for <see cref="ArticleSearcher.TimeBudget"/>.</param>
/// <param name="RankEveryMatch">
/// Rank by relevance in two passes, every match collected first and then rescored with the full ranking
/// (<see cref="QueryRescorer"/>), instead of in one: the same order, slower; for checking the one-pass ranking.
/// </param>
/// <param name="Party">Only articles with this Vietnamese party key.</param>
public sealed record SearchRequest(
    string Query,
    int Limit = 10,
    int Page = 1,
    string? Topic = null,
    string? Partner = null,
    string? Country = null,
    string? Outlet = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    bool SortByDate = false,
    TimeSpan? Budget = null,
    bool RankEveryMatch = false,
    string? Party = null);
