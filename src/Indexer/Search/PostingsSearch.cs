using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Collects the matches of the queries most searches are (one word, words that must all occur, either of two terms as a
/// two-syllable phrase becomes or of two phrases as a longer one becomes, any of up to eight words of one field, each
/// with or without filters) straight from the postings, with the scores Lucene gives them to the last bit. Lucene
/// reaches each match through a bulk scorer, a conjunction or disjunction scorer and a term scorer per word, a handful
/// of virtual calls per match and more per score; on the 100,000-article bench index those layers were a third of
/// collecting, and collecting half of a search. A phrase is still read and scored by Lucene's phrase scorer; only the
/// layers around it go. Other queries (a phrase beside other words, OR over more clauses or over differently boosted
/// ones, NOT, ranges typed by the user) go through Lucene as before.
/// </summary>
internal sealed class PostingsSearch
{
    private readonly ScoredClause[] clauses;
    private readonly bool any;
    private readonly float[] coords;
    private readonly Weight? filter;

    private PostingsSearch(ScoredClause[] clauses, bool any, float[] coords, Weight? filter)
    {
        this.clauses = clauses;
        this.any = any;
        this.coords = coords;
        this.filter = filter;
    }

    /// <summary>The direct search for <paramref name="query"/>, or null when its shape is not one this answers.</summary>
    /// <param name="searcher">The searcher whose index, statistics and similarity score the query.</param>
    /// <param name="query">The matching query, filters included.</param>
    /// <returns>The search, or null.</returns>
    public static PostingsSearch? For(IndexSearcher searcher, Query query)
    {
        if (searcher.Similarity is not TfIdfScoring)
        {
            return null;
        }

        var rewritten = searcher.Rewrite(query);
        var core = rewritten;
        var filters = new List<Query>();
        if (rewritten is BooleanQuery outer && outer.Clauses.Any(c => c.Query is ConstantScoreQuery))
        {
            // Filters as ArticleSearcher adds them: required, scoring nothing, beside one scoring query.
            var scoring = outer.Clauses.Where(c => c.Query is not ConstantScoreQuery).ToList();
            if (outer.MinimumNumberShouldMatch != 0 || scoring.Count != 1
                || outer.Clauses.Any(c => c.Occur != Occur.MUST || c.Query is ConstantScoreQuery { Boost: not 0f }))
            {
                return null;
            }

            core = scoring[0].Query;
            filters.AddRange(outer.Clauses.Where(c => c.Query is ConstantScoreQuery).Select(c => c.Query));
        }

        if (Core(core, searcher.Similarity) is not { } shape)
        {
            return null;
        }

        var states = new Dictionary<TermQuery, TermContext>(ReferenceEqualityComparer.Instance);
        var phrases = new Dictionary<PhraseQuery, Weight>(ReferenceEqualityComparer.Instance);
        foreach (var clause in shape.Clauses)
        {
            switch (clause)
            {
                case TermQuery term:
                    states.TryAdd(term, TermContext.Build(searcher.TopReaderContext, term.Term));
                    break;
                case PhraseQuery phrase:
                    // Lucene's own phrase weight, normalized below as the whole query's weight would normalize it.
                    if (!phrases.TryAdd(phrase, phrase.CreateWeight(searcher)))
                    {
                        // One phrase object in two clauses would have its one weight normalized twice below.
                        return null;
                    }

                    break;
            }
        }

        var weights = Normalized(searcher, rewritten, states, phrases);
        // A query of one clause rewrites to that clause, so one filter costs no conjunction.
        var filter = filters.Count == 0 ? null : searcher.CreateNormalizedWeight(All(filters));
        return new PostingsSearch(
            [.. shape.Clauses.Select(c => c is TermQuery t
                ? new ScoredClause(t.Term, states[t], weights[t])
                : new ScoredClause(((PhraseQuery)c).GetTerms()[0], null, 0f, phrases[(PhraseQuery)c]))],
            shape.Any,
            shape.Coords,
            filter);
    }

    /// <summary>One segment's matches with their scores, for a query without filters.</summary>
    /// <param name="context">The segment.</param>
    /// <returns>The matches, or null when the segment has none.</returns>
    /// <exception cref="InvalidOperationException">The query has filters, which this does not apply.</exception>
    public PostingsMatches? Open(AtomicReaderContext context) => filter is null
        ? PostingsMatches.Open(context, clauses, any, coords)
        : throw new InvalidOperationException("A filtered query's matches are read through Search, which applies the filters.");

    /// <summary>Collects every match, segment by segment, as <see cref="IndexSearcher.Search(Query, ICollector)"/> does.</summary>
    /// <param name="searcher">The searcher <see cref="For"/> was given.</param>
    /// <param name="collector">Receives the matches in document order.</param>
    public void Search(IndexSearcher searcher, ICollector collector)
    {
        var sink = new CollectorSink(collector, new CurrentScore());
        Search(searcher, ref sink);
    }

    /// <summary>
    /// Collects every match into the collectors of a search by relevance, handing each match with its score to each of
    /// them in a direct call, where a chain of collectors would pass it down and call back for the score.
    /// </summary>
    /// <param name="searcher">The searcher <see cref="For"/> was given.</param>
    /// <param name="facets">Counts the matches; it wraps the other two, which it readies for each segment.</param>
    /// <param name="headline">Keeps the matches with a query word in their headline, if the search asks for them.</param>
    /// <param name="top">Keeps the best matches.</param>
    public void Search(IndexSearcher searcher, FacetCollector facets, HeadlineCandidates? headline, TopScores top)
    {
        var sink = new SearchSink(facets, headline, top);
        Search(searcher, ref sink);
    }

    // One loop for both kinds of receiver; a struct receiver gets its own compiled copy, with its calls inlined.
    private void Search<TSink>(IndexSearcher searcher, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        foreach (var context in searcher.TopReaderContext.Leaves)
        {
            if (!sink.Start(context) || PostingsMatches.Open(context, clauses, any, coords) is not { } matches)
            {
                continue;
            }

            DocIdSetIterator? filtered = null;
            if (filter is not null && (filtered = filter.GetScorer(context, context.AtomicReader.LiveDocs)) is null)
            {
                continue;
            }

            sink.Ready();
            try
            {
                Collect(matches, filtered, ref sink);
            }
            catch (CollectionTerminatedException)
            {
                // The collector has seen enough of this segment.
            }
        }
    }

    private static void Collect<TSink>(PostingsMatches matches, DocIdSetIterator? filter, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var allowed = -1;
        for (var doc = matches.Next(); doc != DocIdSetIterator.NO_MORE_DOCS;)
        {
            if (filter is not null)
            {
                if (allowed < doc)
                {
                    allowed = filter.Advance(doc);
                }

                if (allowed > doc)
                {
                    doc = matches.Advance(allowed);
                    continue;
                }
            }

            sink.Take(doc, matches.Score());
            doc = matches.Next();
        }
    }

    private static BooleanQuery All(List<Query> filters)
    {
        var all = new BooleanQuery();
        foreach (var filter in filters)
        {
            all.Add(filter, Occur.MUST);
        }

        return all;
    }

    /// <summary>One term or phrase; terms that must all occur; either of two terms or phrases; or any of up to eight words of one field and boost.</summary>
    private static (Query[] Clauses, bool Any, float[] Coords)? Core(Query query, Similarity similarity)
    {
        switch (query)
        {
            case TermQuery or PhraseQuery:
                return ([query], false, [1f, 1f]);
            case BooleanQuery { MinimumNumberShouldMatch: 0 } all when all.Clauses.Count > 1 && all.Clauses.All(c => c.Occur == Occur.MUST && c.Query is TermQuery):
                var count = all.Clauses.Count;
                var coords = new float[count + 1];
                coords[count] = all.CoordDisabled ? 1f : Coord(similarity, count, count);
                return ([.. all.Clauses.Select(c => (TermQuery)c.Query)], false, coords);
            case BooleanQuery { MinimumNumberShouldMatch: <= 1 } either when either.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery or PhraseQuery)
                && (either.Clauses.Count == 2 || OneFieldOneBoost(either.Clauses)):
                return ([.. either.Clauses.Select(c => c.Query)], true, [.. Enumerable.Range(0, either.Clauses.Count + 1).Select(i => either.CoordDisabled ? 1f : Coord(similarity, i, either.Clauses.Count))]);
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether Lucene's disjunction, which adds its clauses' scores in a double in the order of its heap, gives the
    /// same sum in any order: true for 3 to 8 terms of one field and one boost. A double sum of two floats is the same
    /// in either order; a longer one is when every partial sum is exact, that is when the scores lie within 2^26 of
    /// each other (53 bits of a double, less 24 of a float, less 3 for up to eight carries). Terms of one field share
    /// the document's length, and with one boost their scores differ only by the square root of a frequency (below
    /// 2^16) and the square of an idf (below 2^9).
    /// </summary>
    private static bool OneFieldOneBoost(IList<BooleanClause> clauses) =>
        clauses.Count is >= 3 and <= 8
        && clauses.All(c => c.Query is TermQuery term && term.Term.Field == ((TermQuery)clauses[0].Query).Term.Field && term.Boost == clauses[0].Query.Boost);

    // BooleanWeight.Coord: one clause never scales, however the similarity defines coord(1, 1).
    internal static float Coord(Similarity similarity, int overlap, int maxOverlap) =>
        maxOverlap == 1 ? 1f : similarity.Coord(overlap, maxOverlap);

    /// <summary>
    /// Each term's weight as IndexSearcher.CreateNormalizedWeight leaves it: the same steps in the same order. Each
    /// phrase's weight is normalized in place, as the boolean weight around it would do.
    /// </summary>
    internal static Dictionary<TermQuery, float> Normalized(IndexSearcher searcher, Query query, Dictionary<TermQuery, TermContext> states, Dictionary<PhraseQuery, Weight> phrases)
    {
        var maxDoc = searcher.IndexReader.MaxDoc;
        var norm = searcher.Similarity.QueryNorm(ValueForNormalization(query));
        if (float.IsInfinity(norm) || float.IsNaN(norm))
        {
            norm = 1f;
        }

        var weights = new Dictionary<TermQuery, float>(ReferenceEqualityComparer.Instance);
        Normalize(query, 1f);
        return weights;

        float Idf(TermQuery term) => TfIdfScoring.Idf(states[term].DocFreq, maxDoc);

        float ValueForNormalization(Query part)
        {
            switch (part)
            {
                case TermQuery term:
                    var queryWeight = Idf(term) * term.Boost;
                    return queryWeight * queryWeight;
                case PhraseQuery phrase:
                    return phrases[phrase].GetValueForNormalization();
                case BooleanQuery boolean:
                    var sum = 0f;
                    foreach (var clause in boolean.Clauses)
                    {
                        sum += ValueForNormalization(clause.Query);
                    }

                    return sum * (boolean.Boost * boolean.Boost);
                default:
                    return part.Boost * part.Boost;
            }
        }

        void Normalize(Query part, float topLevelBoost)
        {
            switch (part)
            {
                case TermQuery term:
                    var idf = Idf(term);
                    var queryWeight = idf * term.Boost;
                    queryWeight *= norm * topLevelBoost;
                    weights[term] = queryWeight * idf;
                    break;
                case PhraseQuery phrase:
                    phrases[phrase].Normalize(norm, topLevelBoost);
                    break;
                case BooleanQuery boolean:
                    foreach (var clause in boolean.Clauses)
                    {
                        Normalize(clause.Query, topLevelBoost * boolean.Boost);
                    }

                    break;
            }
        }
    }

    private interface IMatchSink
    {
        // Before a segment's matches; false when the receiver wants none of them.
        bool Start(AtomicReaderContext context);

        // The segment has matches; they follow.
        void Ready();

        void Take(int doc, float score);
    }

    private readonly struct CollectorSink(ICollector collector, CurrentScore scorer) : IMatchSink
    {
        public bool Start(AtomicReaderContext context)
        {
            try
            {
                collector.SetNextReader(context);
                return true;
            }
            catch (CollectionTerminatedException)
            {
                return false;
            }
        }

        public void Ready() => collector.SetScorer(scorer);

        public void Take(int doc, float score)
        {
            scorer.Doc = doc;
            scorer.Value = score;
            collector.Collect(doc);
        }
    }

    private readonly struct SearchSink(FacetCollector facets, HeadlineCandidates? headline, TopScores top) : IMatchSink
    {
        public bool Start(AtomicReaderContext context)
        {
            facets.SetNextReader(context);
            return true;
        }

        public void Ready()
        {
        }

        public void Take(int doc, float score)
        {
            facets.Add(doc);
            headline?.Offer(doc, score);
            top.Offer(doc, score);
        }
    }

    // What the page's collectors read as the score of the match being collected.
    private sealed class CurrentScore() : Scorer(null)
    {
        public int Doc { get; set; } = -1;

        public float Value { get; set; }

        public override int DocID => Doc;

        public override int Freq => 1;

        public override float GetScore() => Value;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 0;
    }
}
