using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Pipeline.Indexer.Search;

/// <summary>
/// The facet values of one field for every document of one segment, held in plain arrays. Lucene's DocValues read
/// through <c>NIOFSDirectory</c> cost a buffered file read per lookup, which made facet counting over tens of
/// thousands of matches the larger part of a search; the arrays are filled once per segment by one sequential pass
/// and dropped with the segment's reader.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, FacetOrdinals>> Cache = new();

    // Null when no document has more than one value: then Ordinals holds one per document, -1 for none.
    private readonly int[]? starts;
    private readonly int[] ordinals;

    private FacetOrdinals(string[] labels, int[]? starts, int[] ordinals)
    {
        Labels = labels;
        this.starts = starts;
        this.ordinals = ordinals;
    }

    /// <summary>The value of each ordinal.</summary>
    public string[] Labels { get; }

    /// <summary>The ordinals of <paramref name="field"/> in the segment of <paramref name="reader"/>; null when the segment has none.</summary>
    public static FacetOrdinals? For(AtomicReader reader, string field)
    {
        var perField = Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, FacetOrdinals>(StringComparer.Ordinal));
        if (perField.TryGetValue(field, out var loaded))
        {
            return loaded;
        }

        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
        {
            return null;
        }

        return perField.GetOrAdd(field, Load(values, reader.MaxDoc));
    }

    /// <summary>Adds one to the count of each value of <paramref name="doc"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int doc, int[] counts)
    {
        if (starts is null)
        {
            var ordinal = ordinals[doc];
            if (ordinal >= 0)
            {
                counts[ordinal]++;
            }

            return;
        }

        for (var i = starts[doc]; i < starts[doc + 1]; i++)
        {
            counts[ordinals[i]]++;
        }
    }

    private static FacetOrdinals Load(SortedSetDocValues values, int maxDoc)
    {
        var labels = new string[checked((int)values.ValueCount)];
        var term = new BytesRef();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, term);
            labels[ord] = term.Utf8ToString();
        }

        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        var multiValued = false;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            var count = 0;
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                ordinals.Add((int)ord);
                count++;
            }

            multiValued |= count > 1;
        }

        starts[maxDoc] = ordinals.Count;
        if (multiValued)
        {
            return new FacetOrdinals(labels, starts, [.. ordinals]);
        }

        var single = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            single[doc] = starts[doc + 1] > starts[doc] ? ordinals[starts[doc]] : -1;
        }

        return new FacetOrdinals(labels, null, single);
    }
}
