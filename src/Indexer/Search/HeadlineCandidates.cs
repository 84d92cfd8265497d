using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Passes every match on to the page's collector and also keeps the best of those with a query word in their
/// headline, by folded text plus headline score. Candidates chosen by the folded text alone missed what the ranking
/// puts first, since it weighs headlines most: on the 100,000-article bench index the first page shared 66 % of its
/// results with ranking every match, and 82-92 % with these added (<c>pipeline bench index</c>). Which documents have a word in their headline is
/// read from the headline postings once per segment, so a match without one costs a bit test.
/// </summary>
internal sealed class HeadlineCandidates : ICollector
{
    private readonly ICollector inner;
    private readonly TopScoreDocCollector headline;
    private readonly IReadOnlyList<Term> terms;
    private readonly Weight headlineWeight;
    private FixedBitSet? inHeadline;
    private Scorer? headlineScorer;
    private Scorer? scorer;
    private int current;

    /// <summary>Initializes a new instance of the <see cref="HeadlineCandidates"/> class.</summary>
    /// <param name="searcher">Weighs the headline words.</param>
    /// <param name="inner">The page's collector.</param>
    /// <param name="terms">The query's words in the folded headline field.</param>
    /// <param name="depth">How many headline matches to keep.</param>
    public HeadlineCandidates(IndexSearcher searcher, ICollector inner, IReadOnlyList<Term> terms, int depth)
    {
        this.inner = inner;
        this.terms = terms;
        headline = TopScoreDocCollector.Create(depth, docsScoredInOrder: true);
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(term), Occur.SHOULD);
        }

        headlineWeight = searcher.CreateNormalizedWeight(query);
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
        // The page's heap ranks by the folded text; the headline heap adds the headline's own score to it, without
        // computing the text's again.
        this.scorer = new ScoreCachingWrappingScorer(scorer);
        inner.SetScorer(this.scorer);
        headline.SetScorer(new HeadlineScorer(this));
    }

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        inner.SetNextReader(context);
        headline.SetNextReader(context);
        inHeadline = null;
        var reader = context.AtomicReader;
        headlineScorer = headlineWeight.GetScorer(context, reader.LiveDocs);
        var termsEnum = reader.Fields?.GetTerms(terms[0].Field)?.GetEnumerator();
        if (termsEnum is null)
        {
            return;
        }

        DocsEnum? docs = null;
        foreach (var term in terms)
        {
            if (!termsEnum.SeekExact(term.Bytes))
            {
                continue;
            }

            docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
            inHeadline ??= new FixedBitSet(reader.MaxDoc);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                inHeadline.Set(doc);
            }
        }
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        inner.Collect(doc);
        if (inHeadline is not null && inHeadline.Get(doc))
        {
            current = doc;
            headline.Collect(doc);
        }
    }

    private float Score()
    {
        var text = scorer!.GetScore();
        if (headlineScorer is null)
        {
            return text;
        }

        var at = headlineScorer.DocID < current ? headlineScorer.Advance(current) : headlineScorer.DocID;
        return at == current ? text + headlineScorer.GetScore() : text;
    }

    // What the headline heap sees as the score of the document being collected.
    private sealed class HeadlineScorer(HeadlineCandidates owner) : Scorer(null)
    {
        public override int DocID => owner.current;

        public override int Freq => 1;

        public override float GetScore() => owner.Score();

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 0;
    }
}
