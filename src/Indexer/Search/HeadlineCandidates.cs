using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Passes every match on to the page's collector and also keeps the best of those with a query word in their
/// headline, by folded text plus headline score. Candidates chosen by the folded text alone missed what the ranking
/// puts first, since it weighs headlines most: on the 100,000-article bench index the first page shared 66 % of its
/// results with ranking every match, and 82-92 % with these added (<c>pipeline bench index</c>).
/// </summary>
/// <remarks>
/// Each segment's headline matches are scored once, in document order, before its matches arrive; the matches
/// then walk that list like a merge, so a match without a query word in its headline costs one comparison. Before,
/// each match with a headline word advanced a headline scorer to itself, through the skip lists of every word.
/// The list is read straight from the postings (<see cref="PostingsSearch"/>) for up to eight words, with Lucene's
/// scores: for a common two-syllable query ("bệnh viện") Lucene's disjunction scorer had been a quarter of the search.
/// </remarks>
internal sealed class HeadlineCandidates : ICollector, IDisposable
{
    private readonly ICollector inner;
    private readonly TopScores headline;
    private readonly PostingsSearch? direct;
    private readonly Weight? headlineWeight;
    private int[] titleDocs = [];
    private float[] titleScores = [];
    private int next;

    // titleDocs[next], kept in a field: every match is compared with it, and most go no further.
    private int nextDoc = DocIdSetIterator.NO_MORE_DOCS;
    private Scorer? scorer;

    /// <summary>Initializes a new instance of the <see cref="HeadlineCandidates"/> class.</summary>
    /// <param name="searcher">Weighs the headline words.</param>
    /// <param name="inner">The page's collector.</param>
    /// <param name="terms">The query's words in the folded headline field.</param>
    /// <param name="depth">How many headline matches to keep.</param>
    public HeadlineCandidates(IndexSearcher searcher, ICollector inner, IReadOnlyList<Term> terms, int depth)
    {
        this.inner = inner;
        headline = new TopScores(depth);
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(term), Occur.SHOULD);
        }

        direct = PostingsSearch.For(searcher, query);
        headlineWeight = direct is null ? searcher.CreateNormalizedWeight(query) : null;
    }

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => false;

    /// <summary>The candidates plus the headline matches not among them.</summary>
    /// <param name="candidates">The page collector's candidates.</param>
    /// <returns>Every candidate once.</returns>
    public ScoreDoc[] AddTo(ScoreDoc[] candidates)
    {
        var seen = new HashSet<int>(candidates.Select(c => c.Doc));
        return [.. candidates, .. headline.GetTopDocs().ScoreDocs.Where(d => seen.Add(d.Doc))];
    }

    /// <inheritdoc />
    public void SetScorer(Scorer scorer)
    {
        // Only matches with a headline word ask for the text's score a second time, so caching it for every match
        // would cost more than it saves.
        this.scorer = scorer;
        inner.SetScorer(scorer);
    }

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        inner.SetNextReader(context);
        headline.SetNextReader(context);
        var count = 0;
        if (direct is not null)
        {
            if (direct.Open(context) is { } matches)
            {
                for (var doc = matches.Next(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.Next())
                {
                    Add(ref count, doc, matches.Score());
                }
            }
        }
        else if (headlineWeight!.GetScorer(context, context.AtomicReader.LiveDocs) is { } titles)
        {
            for (var doc = titles.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = titles.NextDoc())
            {
                Add(ref count, doc, titles.GetScore());
            }
        }

        if (count == 0)
        {
            Grow(1);
        }

        // NO_MORE_DOCS ends the list: no match reaches it, so the walk needs no bounds check.
        titleDocs[count] = DocIdSetIterator.NO_MORE_DOCS;
        next = 0;
        nextDoc = titleDocs[0];
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        inner.Collect(doc);
        if (doc >= nextDoc && Reaches(doc))
        {
            Keep(doc, scorer!.GetScore());
        }
    }

    /// <summary>Keeps a match, whose score is known, when its headline holds a query word; it is not passed on.</summary>
    /// <param name="doc">The document within the current segment.</param>
    /// <param name="score">Its score by the folded text.</param>
    public void Offer(int doc, float score)
    {
        if (doc >= nextDoc && Reaches(doc))
        {
            Keep(doc, score);
        }
    }

    // Walks the headline list up to the match; true when the match is on it.
    private bool Reaches(int doc)
    {
        while (titleDocs[next] < doc)
        {
            next++;
        }

        nextDoc = titleDocs[next];
        return nextDoc == doc;
    }

    private void Keep(int doc, float score)
    {
        headline.Offer(doc, score + titleScores[next]);
        next++;
        nextDoc = titleDocs[next];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Return();
    }

    private void Add(ref int count, int doc, float score)
    {
        if (count + 1 >= titleDocs.Length)
        {
            Grow(count + 2);
        }

        titleDocs[count] = doc;
        titleScores[count] = score;
        count++;
    }

    private void Grow(int needed)
    {
        if (needed <= titleDocs.Length)
        {
            return;
        }

        var size = Math.Max(needed, Math.Max(1024, titleDocs.Length * 2));
        var docs = ArrayPool<int>.Shared.Rent(size);
        var scores = ArrayPool<float>.Shared.Rent(size);
        titleDocs.AsSpan().CopyTo(docs);
        titleScores.AsSpan().CopyTo(scores);
        Return();
        titleDocs = docs;
        titleScores = scores;
    }

    private void Return()
    {
        if (titleDocs.Length > 0)
        {
            ArrayPool<int>.Shared.Return(titleDocs);
            ArrayPool<float>.Shared.Return(titleScores);
        }

        titleDocs = [];
        titleScores = [];
    }
}
