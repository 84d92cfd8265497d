namespace Pipeline.Analysis.Partners;

/// <summary>
/// Answers "does any of these spans overlap [start, end)?" in logarithmic time, so that checking every mention of a
/// long text against every name found in it stays linear in practice rather than quadratic. Spans may overlap each
/// other; the set is fixed once built.
/// </summary>
internal sealed class SpanIndex
{
    private readonly int[] starts;
    private readonly int[] maxEnds;

    /// <summary>Indexes the spans.</summary>
    /// <param name="spans">Start and end (exclusive) of each span.</param>
    public SpanIndex(IEnumerable<(int Start, int End)> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ToArray();
        starts = new int[sorted.Length];
        maxEnds = new int[sorted.Length];
        var max = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            starts[i] = sorted[i].Start;
            max = Math.Max(max, sorted[i].End);
            maxEnds[i] = max;
        }
    }

    /// <summary>Whether some span shares a character with [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool Overlaps(int start, int end)
    {
        // Spans that start before the end overlap exactly when one of them ends after the start.
        var before = UpperBound(end - 1);
        return before > 0 && maxEnds[before - 1] > start;
    }

    /// <summary>How many spans start at or before <paramref name="position"/>.</summary>
    private int UpperBound(int position)
    {
        var (low, high) = (0, starts.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (starts[middle] <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
