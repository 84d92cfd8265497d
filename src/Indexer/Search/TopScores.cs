using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Indexer.Search;

/// <summary>
/// The best matches by score, equal scores by document, as Lucene's in-order <see cref="TopScoreDocCollector"/>
/// keeps them and in the same <see cref="TopDocs"/>; it also takes a match with its score already known
/// (<see cref="Offer"/>), so <see cref="PostingsSearch"/> hands each over in one direct call instead of a collect
/// that calls back for the score. Scores and documents sit in two arrays rather than a heap of objects.
/// </summary>
internal sealed class TopScores : ITopDocsCollector
{
    private readonly float[] scores;
    private readonly int[] docs;
    private Scorer? scorer;
    private int docBase;

    /// <summary>Initializes a new instance of the <see cref="TopScores"/> class.</summary>
    /// <param name="size">How many to keep, at least 1.</param>
    public TopScores(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);

        // Filled with entries every match beats, as Lucene's queue is, so the full-queue case is the only case.
        scores = new float[size];
        docs = new int[size];
        Array.Fill(scores, float.NegativeInfinity);
        Array.Fill(docs, int.MaxValue);
    }

    /// <inheritdoc />
    public int TotalHits { get; private set; }

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => false;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

    /// <inheritdoc />
    public void Collect(int doc) => Offer(doc, scorer!.GetScore());

    /// <summary>Counts a match and keeps it when it is among the best so far.</summary>
    /// <param name="doc">The document within the current segment; documents come in increasing order.</param>
    /// <param name="score">Its score.</param>
    public void Offer(int doc, float score)
    {
        TotalHits++;

        // A later document with an equal score ranks below, so it cannot displace the weakest kept.
        if (score <= scores[0])
        {
            return;
        }

        SiftDown(score, docBase + doc);
    }

    /// <inheritdoc />
    public TopDocs GetTopDocs() => GetTopDocs(0, docs.Length);

    /// <inheritdoc />
    public TopDocs GetTopDocs(int start) => GetTopDocs(start, docs.Length);

    /// <inheritdoc />
    /// <remarks>Unlike Lucene's, a page past the kept matches still reports the total, and asking twice gives the same answer.</remarks>
    public TopDocs GetTopDocs(int start, int howMany)
    {
        // Entries still holding the filler were never replaced by a match.
        var order = Enumerable.Range(0, docs.Length)
            .Where(i => docs[i] != int.MaxValue)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => docs[i])
            .ToArray();
        var results = order.Skip(Math.Max(0, start)).Take(Math.Max(0, howMany)).Select(i => new ScoreDoc(docs[i], scores[i])).ToArray();
        var max = order.Length > 0 ? scores[order[0]] : float.NaN;
        return new TopDocs(TotalHits, results, max);
    }

    // Replaces the weakest entry (the root) and restores the heap: the weakest by score, then the latest document.
    private void SiftDown(float score, int doc)
    {
        var size = docs.Length;
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= size)
            {
                break;
            }

            if (child + 1 < size && Weaker(scores[child + 1], docs[child + 1], scores[child], docs[child]))
            {
                child++;
            }

            if (!Weaker(scores[child], docs[child], score, doc))
            {
                break;
            }

            scores[i] = scores[child];
            docs[i] = docs[child];
            i = child;
        }

        scores[i] = score;
        docs[i] = doc;
    }

    private static bool Weaker(float score, int doc, float otherScore, int otherDoc) =>
        score < otherScore || (score == otherScore && doc > otherDoc);
}
