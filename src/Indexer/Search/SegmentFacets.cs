using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Pipeline.Indexer.Search;

/// <summary>
/// The facet values of every document of one segment, all facet fields together, held in plain arrays: per
/// document, one run of ordinals numbered across the fields (the first field's values first). Counting a match is
/// then one short loop over adjacent integers. Lucene's DocValues read through the file system cost a buffered
/// read per lookup, which made facet counting over tens of thousands of matches the larger part of a search; the
/// arrays are filled once per segment by one sequential pass and dropped with the segment's reader.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentFacets>> Cache = new();

    private readonly int[] starts;
    private readonly int[] ordinals;

    private SegmentFacets(string[] labels, int[] fieldStarts, int[] starts, int[] ordinals)
    {
        Labels = labels;
        FieldStarts = fieldStarts;
        this.starts = starts;
        this.ordinals = ordinals;
    }

    /// <summary>The value of each ordinal.</summary>
    public string[] Labels { get; }

    /// <summary>The first ordinal of each field, then the number of ordinals: field f owns [FieldStarts[f], FieldStarts[f + 1]).</summary>
    public int[] FieldStarts { get; }

    /// <summary>The facets of <paramref name="fields"/> in the segment of <paramref name="reader"/>; a field the segment lacks has no ordinals.</summary>
    /// <param name="reader">The segment.</param>
    /// <param name="fields">The DocValues fields, in the order their ordinals are numbered.</param>
    /// <returns>The segment's facets, loaded on first use.</returns>
    public static SegmentFacets For(AtomicReader reader, IReadOnlyList<string> fields)
    {
        var perFields = Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentFacets>(StringComparer.Ordinal));
        var key = string.Join('\n', fields);
        return perFields.TryGetValue(key, out var loaded) ? loaded : perFields.GetOrAdd(key, Load(reader, fields));
    }

    /// <summary>Adds one to the count of each value of <paramref name="doc"/>, in every field.</summary>
    /// <param name="doc">A document of the segment.</param>
    /// <param name="counts">Counts by ordinal, <see cref="Labels"/> long.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int doc, int[] counts)
    {
        var end = starts[doc + 1];
        for (var i = starts[doc]; i < end; i++)
        {
            counts[ordinals[i]]++;
        }
    }

    private static SegmentFacets Load(AtomicReader reader, IReadOnlyList<string> fields)
    {
        var maxDoc = reader.MaxDoc;
        var labels = new List<string>();
        var fieldStarts = new int[fields.Count + 1];
        var values = new SortedSetDocValues?[fields.Count];
        var term = new BytesRef();
        for (var f = 0; f < fields.Count; f++)
        {
            fieldStarts[f] = labels.Count;
            values[f] = reader.GetSortedSetDocValues(fields[f]);
            for (var ord = 0L; values[f] is { } field && ord < field.ValueCount; ord++)
            {
                field.LookupOrd(ord, term);
                labels.Add(term.Utf8ToString());
            }
        }

        fieldStarts[fields.Count] = labels.Count;
        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc * 4);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            for (var f = 0; f < fields.Count; f++)
            {
                if (values[f] is not { } field)
                {
                    continue;
                }

                field.SetDocument(doc);
                for (var ord = field.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = field.NextOrd())
                {
                    ordinals.Add(fieldStarts[f] + (int)ord);
                }
            }
        }

        starts[maxDoc] = ordinals.Count;
        return new SegmentFacets([.. labels], fieldStarts, starts, [.. ordinals]);
    }
}
