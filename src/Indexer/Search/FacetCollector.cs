using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Passes every match to the collector of the page (<paramref name="inner"/>) and counts, over every match (not
/// only the page shown), the values of the facet fields, held in memory per segment by <see cref="SegmentFacets"/>:
/// ordinals are counted per segment, in batches of matches, and turned into strings when the segment ends. It sees every match, so it also
/// enforces the search's time budget. Wrapping the page's collector, rather than sitting beside it in a
/// MultiCollector, saves a dispatch per match.
/// </summary>
internal sealed class FacetCollector(ICollector inner, IReadOnlyList<string> fields, TimeSpan budget) : ICollector, IDisposable
{
    // Matches are counted in batches of this many, in a loop of their own.
    private const int BufferSize = 4096;

    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly string[] docValuesFields = fields.Select(f => f + Schema.IndexFields.FacetSuffix).ToArray();
    private readonly Dictionary<string, int>[] counts = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private SegmentFacets? segment;
    private int[] segmentCounts = [];
    private int[] matches = [];
    private int pending;
    private int collected;

    // In document order, as the page's collectors are created.
    public bool AcceptsDocsOutOfOrder => false;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts()
    {
        Flush();
        return fields.Select((field, f) => (field, f)).ToDictionary(
            p => p.field,
            p => (IReadOnlyDictionary<string, int>)counts[p.f].OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        inner.SetNextReader(context);
        segment = SegmentFacets.For(context.AtomicReader, docValuesFields);
        segmentCounts = new int[segment.CountsLength];
    }

    public void Collect(int doc)
    {
        inner.Collect(doc);
        Add(doc);
    }

    // Throws SearchBudgetExceededException once the search has run past its time budget.
    private void Add(int doc)
    {
        // Every 1,024 documents is often enough to stop near the budget and rare enough to cost nothing.
        if ((++collected & 1023) == 0 && clock.Elapsed > budget)
        {
            throw new SearchBudgetExceededException();
        }

        if (pending == matches.Length)
        {
            CountPending();
            if (matches.Length == 0)
            {
                matches = System.Buffers.ArrayPool<int>.Shared.Rent(BufferSize);
            }
        }

        matches[pending++] = doc;
    }

    public void Dispose()
    {
        if (matches.Length > 0)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(matches);
            matches = [];
        }
    }

    private void CountPending()
    {
        segment?.Count(matches.AsSpan(0, pending), segmentCounts);
        pending = 0;
    }

    private void Flush()
    {
        if (segment is null)
        {
            return;
        }

        CountPending();

        for (var f = 0; f < counts.Length; f++)
        {
            for (var ord = segment.FieldStarts[f]; ord < segment.FieldStarts[f + 1]; ord++)
            {
                if (segmentCounts[ord] > 0)
                {
                    var key = segment.Labels[ord];
                    counts[f][key] = counts[f].GetValueOrDefault(key) + segmentCounts[ord];
                }
            }
        }

        segment = null;
    }
}
