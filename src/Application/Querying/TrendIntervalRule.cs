using Pipeline.Analysis.Trends;

namespace Pipeline.Querying;

/// <summary>
/// The interval the trends page draws when none is chosen: months, unless months would be sparse or too many, then
/// quarters. Months are sparse when the median of the non-zero monthly counts of the drawn values is below
/// <see cref="SparseMedian"/>: most points would then sit at 0, 1 or 2 and the bands zig-zag instead of showing a
/// trend, while a quarter triples each count.
/// </summary>
public static class TrendIntervalRule
{
    /// <summary>Median non-zero count per value and month below which months count as sparse.</summary>
    public const double SparseMedian = 3;

    /// <summary>Chooses months or quarters for a monthly series.</summary>
    /// <param name="monthly">The series per month, with the lines that will be drawn.</param>
    /// <returns><see cref="TrendInterval.Month"/> or <see cref="TrendInterval.Quarter"/>.</returns>
    public static TrendInterval Choose(TrendSeries monthly)
    {
        ArgumentNullException.ThrowIfNull(monthly);
        if (monthly.Interval != TrendInterval.Month)
        {
            throw new ArgumentException("The rule reads a monthly series.", nameof(monthly));
        }

        if (monthly.Periods.Count > TrendSpan.MaxIntervals)
        {
            return TrendInterval.Quarter;
        }

        // The values' own counts when there are lines (what the chart draws); the totals of a series without any.
        var counts = monthly.Lines.Count > 0 ? monthly.Lines.SelectMany(l => l.Articles) : monthly.Periods.Select(p => p.Articles);
        var median = MedianNonZero(counts);
        return median is { } m && m < SparseMedian ? TrendInterval.Quarter : TrendInterval.Month;
    }

    /// <summary>The median of the counts above zero.</summary>
    /// <param name="counts">Counts.</param>
    /// <returns>The median; null when no count is above zero.</returns>
    public static double? MedianNonZero(IEnumerable<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var sorted = counts.Where(c => c > 0).Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
