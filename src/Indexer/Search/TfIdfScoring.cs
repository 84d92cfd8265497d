using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Lucene's <see cref="DefaultSimilarity"/> (TF-IDF), giving the same scores to the last bit, but cheaper per
/// match: each segment's field lengths are copied once into a plain byte array, and the square roots of small term
/// frequencies come from a table. Lucene's own scorer spends four virtual calls and a square root on every match,
/// and a search scores tens of thousands of them.
/// </summary>
internal sealed class TfIdfScoring : Similarity
{
    private static readonly DefaultSimilarity Default = new();

    private static readonly float[] NormTable = [.. Enumerable.Range(0, 256).Select(b => Default.DecodeNormValue(b))];

    private static readonly float[] TfTable = [.. Enumerable.Range(0, 256).Select(f => Default.Tf((float)f))];

    private static readonly SegmentCache<byte[]?> Norms = new();

    /// <inheritdoc />
    public override float Coord(int overlap, int maxOverlap) => Default.Coord(overlap, maxOverlap);

    /// <inheritdoc />
    public override float QueryNorm(float valueForNormalization) => Default.QueryNorm(valueForNormalization);

    /// <inheritdoc />
    public override long ComputeNorm(FieldInvertState state) => Default.ComputeNorm(state);

    /// <inheritdoc />
    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        // As TFIDFSimilarity: a phrase's idf is the sum of its words'.
        var idf = 0f;
        foreach (var stat in termStats)
        {
            idf += Default.Idf(stat.DocFreq, collectionStats.MaxDoc);
        }

        return new Weight(collectionStats.Field, idf, queryBoost);
    }

    /// <inheritdoc />
    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Weight)weight;
        return new Scorer(stats.Value, NormsOf(context.AtomicReader, stats.Field));
    }

    /// <summary>What Lucene's term scorer gives a match: the same arithmetic in the same order, so the same bits.</summary>
    /// <param name="weight">The term's normalized weight (query weight times idf).</param>
    /// <param name="freq">Occurrences of the term in the document.</param>
    /// <param name="norms">The field's lengths in the segment (<see cref="NormsOf"/>), or null when it keeps none.</param>
    /// <param name="doc">The document within the segment.</param>
    /// <returns>The score.</returns>
    internal static float TermScore(float weight, int freq, byte[]? norms, int doc) =>
        Weighted((uint)freq < (uint)TfTable.Length ? TfTable[freq] : Default.Tf((float)freq), weight, norms, doc);

    // The one place a term frequency's square root meets the weight and the field length, in Lucene's order.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static float Weighted(float tf, float weight, byte[]? norms, int doc)
    {
        var raw = tf * weight;
        return norms is null ? raw : raw * NormTable[norms[doc]];
    }

    /// <summary>The idf of a term in <paramref name="docFreq"/> of <paramref name="maxDoc"/> documents.</summary>
    /// <param name="docFreq">Documents holding the term.</param>
    /// <param name="maxDoc">Documents in the index, deleted ones included, as Lucene counts them.</param>
    /// <returns>The idf.</returns>
    internal static float Idf(long docFreq, long maxDoc) => Default.Idf(docFreq, maxDoc);

    /// <summary>Each segment's lengths of <paramref name="field"/>, one byte per document, copied once per segment.</summary>
    /// <param name="reader">The segment.</param>
    /// <param name="field">The field.</param>
    /// <returns>The lengths, or null when the field keeps none.</returns>
    internal static byte[]? NormsOf(AtomicReader reader, string field) =>
        Norms.GetOrAdd(reader, field, static (segment, name) => Copy(segment, name), field);

    private static byte[]? Copy(AtomicReader reader, string field)
    {
        if (reader.GetNormValues(field) is not { } values)
        {
            return null;
        }

        var norms = new byte[reader.MaxDoc];
        for (var doc = 0; doc < norms.Length; doc++)
        {
            norms[doc] = (byte)values.Get(doc);
        }

        return norms;
    }

    private sealed class Weight : SimWeight
    {
        private readonly float idf;
        private float queryWeight;

        public Weight(string field, float idf, float queryBoost)
        {
            Field = field;
            this.idf = idf;
            queryWeight = idf * queryBoost;
        }

        public string Field { get; }

        public float Value { get; private set; }

        public override float GetValueForNormalization() => queryWeight * queryWeight;

        public override void Normalize(float queryNorm, float topLevelBoost)
        {
            queryWeight *= queryNorm * topLevelBoost;
            Value = queryWeight * idf;
        }
    }

    private sealed class Scorer(float weight, byte[]? norms) : SimScorer
    {
        public override float Score(int doc, float freq)
        {
            var whole = (int)freq;
            return Weighted((uint)whole < (uint)TfTable.Length && whole == freq ? TfTable[whole] : Default.Tf(freq), weight, norms, doc);
        }

        public override float ComputeSlopFactor(int distance) => Default.SloppyFreq(distance);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => Default.ScorePayload(doc, start, end, payload);
    }
}
