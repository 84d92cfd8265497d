using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Indexer.Search;

/// <summary>
/// One segment's matches of a <see cref="PostingsSearch"/>: the documents holding all of its terms, or any of
/// its clauses, read straight from the postings and scored as Lucene's conjunction and disjunction scorers score them.
/// A phrase clause is Lucene's own phrase scorer, which reads and scores itself.
/// </summary>
internal sealed class PostingsMatches
{
    private readonly DocsEnum[] postings;
    private readonly float[] weights;
    private readonly byte[]?[] norms;
    private readonly Scorer?[] phrases;
    private readonly int[] at;
    private readonly bool any;
    private readonly float[] coords;

    private PostingsMatches(DocsEnum[] postings, float[] weights, byte[]?[] norms, bool any, float[] coords)
    {
        this.postings = postings;
        this.weights = weights;
        this.norms = norms;
        phrases = [.. postings.Select(p => p as Scorer)];
        this.any = any;
        this.coords = coords;
        at = new int[postings.Length];
        Array.Fill(at, -1);
    }

    /// <summary>The document the matches stand on; -1 before the first.</summary>
    public int Doc { get; private set; } = -1;

    /// <summary>Opens the postings of <paramref name="clauses"/> in one segment.</summary>
    /// <param name="context">The segment.</param>
    /// <param name="clauses">The terms with their weights, and phrases with theirs.</param>
    /// <param name="any">True when a document needs any of the clauses, false when it needs all of them.</param>
    /// <param name="coords">The coordination factor by how many clauses a document matches.</param>
    /// <returns>The matches, or null when the segment has none.</returns>
    public static PostingsMatches? Open(AtomicReaderContext context, IReadOnlyList<ScoredClause> clauses, bool any, float[] coords)
    {
        var open = new List<(DocsEnum Docs, ScoredClause Clause)>(clauses.Count);
        foreach (var clause in clauses)
        {
            if (Open(context, clause) is not { } docs)
            {
                if (!any)
                {
                    return null;
                }

                continue;
            }

            open.Add((docs, clause));
        }

        if (open.Count == 0)
        {
            return null;
        }

        if (!any)
        {
            // Lucene's conjunction sums its terms least frequent first (a stable sort), and float sums depend on order.
            open = [.. open.OrderBy(o => o.Docs.GetCost())];
        }

        return new PostingsMatches(
            [.. open.Select(o => o.Docs)],
            [.. open.Select(o => o.Clause.Weight)],
            [.. open.Select(o => o.Clause.Phrase is null ? TfIdfScoring.NormsOf(context.AtomicReader, o.Clause.Term.Field) : null)],
            any,
            coords);
    }

    /// <summary>Moves to the next match.</summary>
    /// <returns>Its document, or <see cref="DocIdSetIterator.NO_MORE_DOCS"/>.</returns>
    public int Next()
    {
        if (postings.Length == 1)
        {
            return Doc = postings[0].NextDoc();
        }

        if (any)
        {
            return Doc = NextOfAny(Doc + 1);
        }

        at[0] = postings[0].NextDoc();
        return Doc = AllFrom(at[0]);
    }

    /// <summary>Moves to the first match at or after <paramref name="target"/>, which lies beyond <see cref="Doc"/>.</summary>
    /// <param name="target">The document to reach.</param>
    /// <returns>The match, or <see cref="DocIdSetIterator.NO_MORE_DOCS"/>.</returns>
    public int Advance(int target)
    {
        if (postings.Length == 1)
        {
            return Doc = postings[0].Advance(target);
        }

        if (any)
        {
            return Doc = NextOfAny(target);
        }

        at[0] = postings[0].Advance(target);
        return Doc = AllFrom(at[0]);
    }

    /// <summary>The score of the match at <see cref="Doc"/>.</summary>
    /// <returns>The score Lucene's scorer gives it.</returns>
    public float Score()
    {
        var doc = Doc;
        if (postings.Length == 1)
        {
            // Either way Lucene's sum of one clause is the clause's score, times the factor for one clause.
            return ClauseScore(0, doc) * coords[1];
        }

        if (any)
        {
            // DisjunctionSumScorer sums in a double and applies the factor of how many terms matched.
            var sum = 0d;
            var matched = 0;
            for (var i = 0; i < postings.Length; i++)
            {
                if (at[i] == doc)
                {
                    sum += ClauseScore(i, doc);
                    matched++;
                }
            }

            return (float)sum * coords[matched];
        }

        var total = 0f;
        for (var i = 0; i < postings.Length; i++)
        {
            total += ClauseScore(i, doc);
        }

        return total * coords[postings.Length];
    }

    private static DocsEnum? Open(AtomicReaderContext context, ScoredClause clause)
    {
        if (clause.Phrase is not null)
        {
            // Null when the segment lacks a term of the phrase, as for a missing term.
            return clause.Phrase.GetScorer(context, context.AtomicReader.LiveDocs);
        }

        return clause.States is null ? null : TermDocs(context, clause.Term, clause.States);
    }

    /// <summary>A term's documents with their frequencies in one segment, found through its state there: no second dictionary lookup.</summary>
    /// <param name="context">The segment.</param>
    /// <param name="term">The term.</param>
    /// <param name="states">The term's states per segment.</param>
    /// <returns>The documents, deleted ones left out, or null when the segment lacks the term.</returns>
    internal static DocsEnum? TermDocs(AtomicReaderContext context, Term term, TermContext states)
    {
        if (states.Get(context.Ord) is not { } state || context.AtomicReader.GetTerms(term.Field) is not { } fieldTerms)
        {
            return null;
        }

        var termsEnum = fieldTerms.GetEnumerator();
        termsEnum.SeekExact(term.Bytes, state);
        return termsEnum.Docs(context.AtomicReader.LiveDocs, null, DocsFlags.FREQS);
    }

    private float ClauseScore(int i, int doc) =>
        phrases[i] is { } phrase ? phrase.GetScore() : TfIdfScoring.TermScore(weights[i], postings[i].Freq, norms[i], doc);

    // ConjunctionScorer's walk: the least frequent term leads, the others catch up, and any that overshoots moves
    // the lead on.
    private int AllFrom(int doc)
    {
        while (true)
        {
            var agreed = true;
            for (var i = 1; i < postings.Length; i++)
            {
                if (at[i] < doc)
                {
                    at[i] = postings[i].Advance(doc);
                    if (at[i] > doc)
                    {
                        doc = at[0] = postings[0].Advance(at[i]);
                        agreed = false;
                        break;
                    }
                }
            }

            if (agreed)
            {
                return doc;
            }
        }
    }

    private int NextOfAny(int target)
    {
        var first = DocIdSetIterator.NO_MORE_DOCS;
        for (var i = 0; i < postings.Length; i++)
        {
            if (at[i] < target)
            {
                // Stepping to the next posting is cheaper than seeking, and it is what Next asks for.
                at[i] = at[i] == target - 1 ? postings[i].NextDoc() : postings[i].Advance(target);
            }

            first = Math.Min(first, at[i]);
        }

        return first;
    }
}
