using Lucene.Net.Search;

namespace Pipeline.Indexer.Search;

/// <summary>
/// The second phase of a search: scores the first phase's candidates with the full ranking query (exact and folded
/// fields with their weights, and the bigram clause), visiting only those documents. Candidates are taken in
/// document order so each segment's scorer only moves forward.
/// </summary>
internal static class CandidateRescorer
{
    /// <summary>Gives each candidate its ranking score; a candidate the ranking query does not match scores 0.</summary>
    /// <param name="searcher">The searcher the candidates came from.</param>
    /// <param name="ranking">The full ranking query.</param>
    /// <param name="candidates">The candidates; their scores are replaced.</param>
    public static void Score(IndexSearcher searcher, Query ranking, ScoreDoc[] candidates)
    {
        if (candidates.Length == 0)
        {
            return;
        }

        var byDoc = candidates.OrderBy(c => c.Doc).ToArray();
        var weight = searcher.CreateNormalizedWeight(ranking);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var end = 0;
        var docBase = 0;
        Scorer? scorer = null;
        foreach (var candidate in byDoc)
        {
            if (candidate.Doc >= end)
            {
                while (candidate.Doc >= end)
                {
                    leaf++;
                    end = leaves[leaf].DocBase + leaves[leaf].AtomicReader.MaxDoc;
                }

                docBase = leaves[leaf].DocBase;
                scorer = weight.GetScorer(leaves[leaf], leaves[leaf].AtomicReader.LiveDocs);
            }

            var target = candidate.Doc - docBase;
            var at = scorer?.DocID ?? DocIdSetIterator.NO_MORE_DOCS;
            if (scorer is not null && at < target)
            {
                at = scorer.Advance(target);
            }

            candidate.Score = at == target && scorer is not null ? scorer.GetScore() : 0f;
        }
    }

    /// <summary>Orders by score, best first; equal scores by document, as Lucene's own collectors do.</summary>
    /// <param name="candidates">Scored candidates, sorted in place.</param>
    public static void SortByScore(ScoreDoc[] candidates) =>
        Array.Sort(candidates, static (a, b) => b.Score.CompareTo(a.Score) is var order && order != 0 ? order : a.Doc.CompareTo(b.Doc));
}
