using Lucene.Net.Search;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Turns the phrases of the ranking query into their words. Every document the ranking scores already matched the
/// phrase (matching is exact), so reading each match's positions again in six fields would only re-establish what
/// is known, at more cost than the rest of a phrase search. The words still reward an exact or headline match,
/// and the bigram clause of the ranking rewards the words standing together.
/// </summary>
internal static class PhraseRanking
{
    /// <summary>The query with each phrase replaced by its words, any of which may match, and the more the better.</summary>
    /// <param name="query">A ranking query.</param>
    /// <returns>The rewritten query, or <paramref name="query"/> itself when it holds no phrase.</returns>
    public static Query Rewrite(Query query)
    {
        switch (query)
        {
            case PhraseQuery phrase:
                var words = new BooleanQuery { Boost = phrase.Boost };
                foreach (var term in phrase.GetTerms().Distinct())
                {
                    words.Add(new TermQuery(term), Occur.SHOULD);
                }

                return words;
            case BooleanQuery boolean:
                var rewritten = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                var changed = false;
                foreach (var clause in boolean.Clauses)
                {
                    var inner = Rewrite(clause.Query);
                    changed |= !ReferenceEquals(inner, clause.Query);
                    rewritten.Add(inner, clause.Occur);
                }

                return changed ? rewritten : boolean;
            default:
                return query;
        }
    }
}
