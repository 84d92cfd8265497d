using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Pipeline.Indexer.Search;

/// <summary>
/// The facet values of every document of one segment, all facet fields together, held in plain arrays: per
/// document, a row of ordinals numbered across the fields (the first field's values first). Lucene's DocValues read
/// through the file system cost a buffered read per lookup, which made facet counting over tens of thousands of
/// matches the larger part of a search; the arrays are filled once per segment by one sequential pass and dropped
/// with the segment's reader.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly SegmentCache<SegmentFacets> Cache = new();

    // A document's values are laid out in rows of equal width when no document has many; the spare cells of a
    // row hold ordinals past the labels, counted and ignored.
    private const int MaxRowWidth = 16;

    private readonly int[] starts;
    private readonly int[] ordinals;
    private readonly ushort[]? rows;
    private readonly int width;

    private SegmentFacets(string[] labels, int[] fieldStarts, int[] starts, int[] ordinals)
    {
        Labels = labels;
        FieldStarts = fieldStarts;
        this.starts = starts;
        this.ordinals = ordinals;
        for (var doc = 0; doc + 1 < starts.Length; doc++)
        {
            width = Math.Max(width, starts[doc + 1] - starts[doc]);
        }

        if (width > MaxRowWidth || labels.Length + width > ushort.MaxValue + 1)
        {
            width = 0;
            return;
        }

        // Counting is bound by memory and by mispredicted loop ends: a row of two-byte cells, the same length for
        // every document, costs neither a lookup of where the document starts nor a branch that varies.
        this.starts = [];
        this.ordinals = [];
        rows = new ushort[(starts.Length - 1) * width];
        for (var doc = 0; doc + 1 < starts.Length; doc++)
        {
            var cell = 0;
            for (var i = starts[doc]; i < starts[doc + 1]; i++, cell++)
            {
                rows[(doc * width) + cell] = (ushort)ordinals[i];
            }

            for (; cell < width; cell++)
            {
                // One spare ordinal per cell, so that consecutive documents do not wait on one counter.
                rows[(doc * width) + cell] = (ushort)(labels.Length + cell);
            }
        }
    }

    /// <summary>How long the counts passed to <see cref="Count"/> must be: the labels, then spare cells.</summary>
    public int CountsLength => Labels.Length + width;

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
        return Cache.GetOrAdd(reader, string.Join('\n', fields), static (segment, wanted) => Load(segment, wanted), fields);
    }

    /// <summary>Adds one to the count of each value of every document in <paramref name="docs"/>.</summary>
    /// <param name="docs">Documents of the segment.</param>
    /// <param name="counts">Counts by ordinal, <see cref="CountsLength"/> long.</param>
    public void Count(ReadOnlySpan<int> docs, int[] counts)
    {
        // A loop of its own, away from the scorers, keeps many of these loads in flight at once.
        if (rows is not null)
        {
            foreach (var doc in docs)
            {
                var row = rows.AsSpan(doc * width, width);
                foreach (var ordinal in row)
                {
                    counts[ordinal]++;
                }
            }

            return;
        }

        foreach (var doc in docs)
        {
            var end = starts[doc + 1];
            for (var i = starts[doc]; i < end; i++)
            {
                counts[ordinals[i]]++;
            }
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
