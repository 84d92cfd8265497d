using Lucene.Net.Search;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Lucene's <see cref="QueryRescorer"/> where the second pass's score replaces the first's: the matches found by the
/// matching query, ranked by the full ranking query alone, and a match it misses scores 0. A search ranks every
/// match in one pass (the ranking as an optional clause of the matching query); this ranks them in two, the way
/// <see cref="SearchRequest.RankEveryMatch"/> asks for, so the two can be compared.
/// </summary>
/// <param name="ranking">The full ranking query.</param>
internal sealed class RankingRescorer(Query ranking) : QueryRescorer(ranking)
{
    /// <inheritdoc />
    protected override float Combine(float firstPassScore, bool secondPassMatches, float secondPassScore) =>
        secondPassMatches ? secondPassScore : 0f;
}
