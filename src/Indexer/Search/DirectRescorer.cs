using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Gives the candidates of a search their ranking scores straight from the postings, with the bits
/// <see cref="CandidateRescorer"/> gets from Lucene's scorers, for the ranking queries most searches make: terms,
/// any of up to eight clauses, clauses that must all match, and one required clause beside one optional one (the
/// bigram clause), nested. Lucene reaches each candidate through a tree of scorers, each advancing its own and
/// calling back for scores; on the bench index that machinery, and building it, cost about as much as the postings
/// it reads. The one sum this cannot always repeat to the bit is a disjunction's: Lucene adds in a double in the order
/// of its heap. Where the scores added lie within 2^26 of each other every partial sum is exact and the order does not
/// matter (<see cref="PostingsSearch"/> explains the bound); a candidate where they do not is scored by Lucene.
/// </summary>
internal sealed class DirectRescorer
{
    // Most clauses of one disjunction whose sum the exactness bound covers.
    private const int MaxAny = 8;

    // Scores within this factor of each other add exactly in a double, whatever the order.
    private const float ExactSpread = 1 << 26;

    private readonly IndexSearcher searcher;
    private readonly Query ranking;
    private readonly Node[] nodes;
    private readonly Leaf[] leaves;

    private DirectRescorer(IndexSearcher searcher, Query ranking, Node[] nodes, Leaf[] leaves)
    {
        this.searcher = searcher;
        this.ranking = ranking;
        this.nodes = nodes;
        this.leaves = leaves;
    }

    private enum Kind
    {
        Term,
        Any,
        All,
        RequiredOptional,
    }

    /// <summary>Candidates the last <see cref="Score"/> left to Lucene, their sums being ones whose order could matter.</summary>
    public int ScoredByLucene { get; private set; }

    /// <summary>The direct rescorer for <paramref name="ranking"/>, or null when its shape is not one this answers.</summary>
    /// <param name="searcher">The searcher whose index, statistics and similarity score the query.</param>
    /// <param name="ranking">The full ranking query.</param>
    /// <returns>The rescorer, or null.</returns>
    public static DirectRescorer? For(IndexSearcher searcher, Query ranking)
    {
        if (searcher.Similarity is not TfIdfScoring)
        {
            return null;
        }

        var rewritten = searcher.Rewrite(ranking);
        var terms = new List<TermQuery>();
        var nodes = new List<Node>();
        if (Compile(rewritten, searcher.Similarity, terms, nodes) is null)
        {
            return null;
        }

        var states = new Dictionary<TermQuery, TermContext>(ReferenceEqualityComparer.Instance);
        foreach (var term in terms)
        {
            if (!states.TryAdd(term, TermContext.Build(searcher.TopReaderContext, term.Term)))
            {
                // One query object in two places would share one weight; Lucene weighs each place.
                return null;
            }
        }

        var weights = PostingsSearch.Normalized(searcher, rewritten, states, []);
        return new DirectRescorer(searcher, ranking, [.. nodes], [.. terms.Select(t => new Leaf(t.Term, states[t], weights[t]))]);
    }

    /// <summary>Gives each candidate its ranking score; a candidate the ranking query does not match scores 0.</summary>
    /// <param name="candidates">The candidates; their scores are replaced.</param>
    public void Score(ScoreDoc[] candidates)
    {
        if (candidates.Length == 0)
        {
            return;
        }

        ScoredByLucene = 0;
        var byDoc = candidates.OrderBy(c => c.Doc).ToArray();
        var contexts = searcher.IndexReader.Leaves;
        var segment = new Segment(leaves, nodes.Length);
        var root = nodes[^1];
        Weight? lucene = null;
        var leaf = -1;
        var end = 0;
        foreach (var candidate in byDoc)
        {
            if (candidate.Doc >= end)
            {
                while (candidate.Doc >= end)
                {
                    leaf++;
                    end = contexts[leaf].DocBase + contexts[leaf].AtomicReader.MaxDoc;
                }

                segment.Open(contexts[leaf], nodes);
            }

            var doc = candidate.Doc - contexts[leaf].DocBase;
            var exact = true;
            candidate.Score = segment.Exists[root.Id] && Match(root, doc, segment, ref exact, out var score) ? score : 0f;
            if (!exact)
            {
                lucene ??= searcher.CreateNormalizedWeight(ranking);
                candidate.Score = segment.LuceneScore(lucene, contexts[leaf], doc);
                ScoredByLucene++;
            }
        }
    }

    /// <summary>The node for <paramref name="query"/>, added to <paramref name="nodes"/> after its children (so the root comes last); null for a shape this does not answer.</summary>
    private static Node? Compile(Query query, Similarity similarity, List<TermQuery> terms, List<Node> nodes)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term);
                return Add(nodes, new Node(nodes.Count, Kind.Term, [], [], terms.Count - 1));
            case BooleanQuery { MinimumNumberShouldMatch: 0 } boolean when boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur != Occur.MUST_NOT):
                var must = boolean.Clauses.Count(c => c.Occur == Occur.MUST);
                var count = boolean.Clauses.Count;
                var kind = must == count ? Kind.All
                    : must == 0 && count <= MaxAny ? Kind.Any
                    : must == 1 && count == 2 ? Kind.RequiredOptional
                    : (Kind?)null;
                if (kind is null)
                {
                    return null;
                }

                // Required first: a required clause beside an optional one is compiled as the pair (required, optional).
                var children = new List<Node>(count);
                foreach (var clause in boolean.Clauses.OrderBy(c => c.Occur == Occur.MUST ? 0 : 1))
                {
                    if (Compile(clause.Query, similarity, terms, nodes) is not { } child)
                    {
                        return null;
                    }

                    children.Add(child);
                }

                // The factor by how many clauses match, as BooleanWeight gives it.
                var coords = Enumerable.Range(0, count + 1).Select(i => boolean.CoordDisabled ? 1f : PostingsSearch.Coord(similarity, i, count)).ToArray();
                return Add(nodes, new Node(nodes.Count, kind.Value, [.. children], coords));
            default:
                return null;
        }
    }

    private static bool Match(Node node, int doc, Segment segment, ref bool exact, out float score)
    {
        switch (node.Kind)
        {
            case Kind.Term:
                return segment.Term(node.TermIndex, doc, out score);
            case Kind.Any:
                // DisjunctionSumScorer: a double sum of the clauses that match, then the factor for how many did.
                var sum = 0d;
                var matched = 0;
                var least = float.MaxValue;
                var most = 0f;
                foreach (var child in node.Children)
                {
                    if (segment.Exists[child.Id] && Match(child, doc, segment, ref exact, out var part))
                    {
                        sum += part;
                        matched++;
                        if (part > 0f)
                        {
                            least = Math.Min(least, part);
                            most = Math.Max(most, part);
                        }
                    }
                }

                if (matched > 2 && most > least * ExactSpread)
                {
                    exact = false;
                }

                score = (float)sum * node.Coords[matched];
                return matched > 0;
            case Kind.All:
                // ConjunctionScorer: a float sum, least costly clause first (a stable sort), times one factor.
                score = 0f;
                foreach (var child in segment.ByCost[node.Id]!)
                {
                    if (!Match(child, doc, segment, ref exact, out var part))
                    {
                        return false;
                    }

                    score += part;
                }

                score *= node.Coords[node.Children.Length];
                return true;
            default:
                // BooleanScorer2 over one required and one optional clause: their float sum, times the factor for how many matched.
                if (!Match(node.Children[0], doc, segment, ref exact, out var required))
                {
                    score = 0f;
                    return false;
                }

                var extra = 0f;
                var optional = segment.Exists[node.Children[1].Id] && Match(node.Children[1], doc, segment, ref exact, out extra);
                score = (optional ? required + extra : required) * node.Coords[optional ? 2 : 1];
                return true;
        }
    }

    private static Node Add(List<Node> nodes, Node node)
    {
        nodes.Add(node);
        return node;
    }

    /// <summary>A clause of the ranking query; <see cref="Id"/> is its place in the rescorer's list, where children come first.</summary>
    private sealed record Node(int Id, Kind Kind, Node[] Children, float[] Coords, int TermIndex = -1);

    private sealed record Leaf(Term Term, TermContext State, float Weight);

    /// <summary>One segment's postings and, per node, whether Lucene would build a scorer for it and at what cost.</summary>
    private sealed class Segment(Leaf[] leaves, int nodes)
    {
        private readonly DocsEnum?[] postings = new DocsEnum?[leaves.Length];
        private readonly int[] at = new int[leaves.Length];
        private readonly byte[]?[] norms = new byte[]?[leaves.Length];
        private readonly long[] costs = new long[nodes];
        private Scorer? lucene;
        private bool luceneOpened;

        public bool[] Exists { get; } = new bool[nodes];

        public Node[]?[] ByCost { get; } = new Node[]?[nodes];

        public void Open(AtomicReaderContext context, Node[] nodes)
        {
            lucene = null;
            luceneOpened = false;
            for (var i = 0; i < leaves.Length; i++)
            {
                at[i] = -1;
                postings[i] = PostingsMatches.TermDocs(context, leaves[i].Term, leaves[i].State);
                norms[i] = postings[i] is null ? null : TfIdfScoring.NormsOf(context.AtomicReader, leaves[i].Term.Field);
            }

            // Children before parents, as the list is built.
            foreach (var node in nodes)
            {
                Prepare(node);
            }
        }

        public bool Term(int i, int doc, out float score)
        {
            var docs = postings[i]!;
            if (at[i] < doc)
            {
                at[i] = docs.Advance(doc);
            }

            if (at[i] != doc)
            {
                score = 0f;
                return false;
            }

            score = TfIdfScoring.TermScore(leaves[i].Weight, docs.Freq, norms[i], doc);
            return true;
        }

        public float LuceneScore(Weight weight, AtomicReaderContext context, int doc)
        {
            if (!luceneOpened)
            {
                lucene = weight.GetScorer(context, context.AtomicReader.LiveDocs);
                luceneOpened = true;
            }

            var found = lucene?.DocID ?? DocIdSetIterator.NO_MORE_DOCS;
            if (lucene is not null && found < doc)
            {
                found = lucene.Advance(doc);
            }

            return found == doc && lucene is not null ? lucene.GetScore() : 0f;
        }

        private void Prepare(Node node)
        {
            var id = node.Id;
            ByCost[id] = null;
            switch (node.Kind)
            {
                case Kind.Term:
                    Exists[id] = postings[node.TermIndex] is not null;
                    costs[id] = Exists[id] ? postings[node.TermIndex]!.GetCost() : 0;
                    break;
                case Kind.Any:
                    // DisjunctionScorer costs the sum of the clauses the segment has.
                    Exists[id] = node.Children.Any(c => Exists[c.Id]);
                    costs[id] = node.Children.Where(c => Exists[c.Id]).Sum(c => costs[c.Id]);
                    break;
                case Kind.All:
                    // ConjunctionScorer sorts its clauses by cost, stably, and costs what its first does.
                    Exists[id] = node.Children.All(c => Exists[c.Id]);
                    if (Exists[id])
                    {
                        ByCost[id] = [.. node.Children.OrderBy(c => costs[c.Id])];
                        costs[id] = costs[ByCost[id]![0].Id];
                    }

                    break;
                default:
                    Exists[id] = Exists[node.Children[0].Id];
                    costs[id] = costs[node.Children[0].Id];
                    break;
            }
        }
    }
}
