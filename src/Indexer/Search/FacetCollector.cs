using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Passes every match to the collector of the page (<paramref name="inner"/>) and counts, over every match (not
/// only the page shown), the values of the facet fields, held in memory per segment by <see cref="FacetOrdinals"/>:
/// ordinals are counted per segment and turned into strings when the segment ends. It sees every match, so it also
/// enforces the search's time budget. Wrapping the page's collector, rather than sitting beside it in a
/// MultiCollector, saves a dispatch per match.
/// </summary>
internal sealed class FacetCollector(ICollector inner, IReadOnlyList<string> fields, TimeSpan budget) : ICollector
{
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly Dictionary<string, int>[] counts = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly FacetOrdinals?[] values = new FacetOrdinals?[fields.Count];
    private readonly int[]?[] segmentCounts = new int[]?[fields.Count];
    private int collected;

    // In document order, as the page's collectors are created.
    public bool AcceptsDocsOutOfOrder => false;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts()
    {
        Flush();
        return fields.Select((field, i) => (field, i)).ToDictionary(
            f => f.field,
            f => (IReadOnlyDictionary<string, int>)counts[f.i].OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        inner.SetNextReader(context);
        for (var i = 0; i < fields.Count; i++)
        {
            values[i] = FacetOrdinals.For(context.AtomicReader, fields[i] + Schema.IndexFields.FacetSuffix);
            segmentCounts[i] = values[i] is { } loaded ? new int[loaded.Labels.Length] : null;
        }
    }

    public void Collect(int doc)
    {
        // Every 1,024 documents is often enough to stop near the budget and rare enough to cost nothing.
        if ((++collected & 1023) == 0 && clock.Elapsed > budget)
        {
            throw new SearchBudgetExceededException();
        }

        inner.Collect(doc);
        for (var i = 0; i < values.Length; i++)
        {
            values[i]?.Count(doc, segmentCounts[i]!);
        }
    }

    private void Flush()
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } segment || segmentCounts[i] is not { } tally)
            {
                continue;
            }

            for (var ord = 0; ord < tally.Length; ord++)
            {
                if (tally[ord] > 0)
                {
                    var key = segment.Labels[ord];
                    counts[i][key] = counts[i].GetValueOrDefault(key) + tally[ord];
                }
            }

            values[i] = null;
            segmentCounts[i] = null;
        }
    }
}
