using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Counts, over every matching document (not only the page shown), the values of facet fields from their
/// SortedSet DocValues, held in memory per segment by <see cref="FacetOrdinals"/>: ordinals are counted per segment
/// and turned into strings when the segment ends. It sees every match, so it also enforces the search's time budget.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields, TimeSpan budget) : ICollector
{
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private int collected;

    private readonly Dictionary<string, Dictionary<string, int>> counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
    private readonly List<(string Field, FacetOrdinals Values, int[] Counts)> segment = [];

    // In document order: the out-of-order BooleanScorer plus random DocValues reads made single-word searches
    // with many matches three to five times slower (bench index, one-term).
    public bool AcceptsDocsOutOfOrder => false;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts()
    {
        Flush();
        return counts.ToDictionary(
            c => c.Key,
            c => (IReadOnlyDictionary<string, int>)c.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        foreach (var field in fields)
        {
            if (FacetOrdinals.For(context.AtomicReader, field + Schema.IndexFields.FacetSuffix) is { } values)
            {
                segment.Add((field, values, new int[values.Labels.Length]));
            }
        }
    }

    public void Collect(int doc)
    {
        // Every 1,024 documents is often enough to stop near the budget and rare enough to cost nothing.
        if ((++collected & 1023) == 0 && clock.Elapsed > budget)
        {
            throw new SearchBudgetExceededException();
        }

        foreach (var (_, values, counts) in segment)
        {
            values.Count(doc, counts);
        }
    }

    private void Flush()
    {
        foreach (var (field, values, segmentCounts) in segment)
        {
            var total = counts[field];
            for (var ord = 0; ord < segmentCounts.Length; ord++)
            {
                if (segmentCounts[ord] > 0)
                {
                    var key = values.Labels[ord];
                    total[key] = total.GetValueOrDefault(key) + segmentCounts[ord];
                }
            }
        }

        segment.Clear();
    }
}
