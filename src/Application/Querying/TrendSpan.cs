using Pipeline.Analysis.Trends;

namespace Pipeline.Querying;

/// <summary>
/// How many intervals a trend may cover: at most <see cref="MaxIntervals"/> (30 years of months, 90 of quarters; a
/// yearly trend always fits the 1900..2100 window). Every interval is a row per value in the CSV and a point per
/// line in the chart, so an unbounded range would answer megabytes of empty rows. A wider request is refused with
/// this limit in the message rather than cut silently: a cut series would look like a complete one.
/// </summary>
public static class TrendSpan
{
    /// <summary>The most intervals (months, quarters or years) one trend covers.</summary>
    public const int MaxIntervals = 360;

    /// <summary>How many intervals run from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>, both included.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day, not before <paramref name="first"/>.</param>
    /// <param name="interval">The interval width.</param>
    /// <returns>The count, at least 1.</returns>
    public static int Intervals(DateOnly first, DateOnly last, TrendInterval interval) => Ordinal(last, interval) - Ordinal(first, interval) + 1;

    /// <summary>Whether a series from <paramref name="first"/> to <paramref name="last"/> stays within the limit.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <param name="interval">The interval width.</param>
    /// <returns>True when it has at most <see cref="MaxIntervals"/> intervals.</returns>
    public static bool Fits(DateOnly first, DateOnly last, TrendInterval interval) => first > last || Intervals(first, last, interval) <= MaxIntervals;

    private static int Ordinal(DateOnly day, TrendInterval interval) => interval switch
    {
        TrendInterval.Month => (day.Year * 12) + day.Month - 1,
        TrendInterval.Quarter => (day.Year * 4) + ((day.Month - 1) / 3),
        _ => day.Year,
    };
}
