using System.Globalization;

namespace Pipeline.Analysis.Trends;

/// <summary>Calendar intervals: keys ("2025-05", "2025-Q2", "2025"), their first and last days, and the run between two days.</summary>
public static class TrendPeriods
{
    /// <summary>The key of the interval holding a month.</summary>
    /// <param name="month">"yyyy-MM".</param>
    /// <param name="interval">The interval width.</param>
    /// <returns>The interval's key.</returns>
    public static string KeyOf(string month, TrendInterval interval) => KeyOf(ParseMonth(month), interval);

    /// <summary>The key of the interval holding a day.</summary>
    /// <param name="day">A day.</param>
    /// <param name="interval">The interval width.</param>
    /// <returns>The interval's key.</returns>
    public static string KeyOf(DateOnly day, TrendInterval interval) => interval switch
    {
        TrendInterval.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TrendInterval.Quarter => string.Create(CultureInfo.InvariantCulture, $"{day.Year:0000}-Q{((day.Month - 1) / 3) + 1}"),
        _ => day.Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    /// <summary>Every interval from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>, empty ones included.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <param name="interval">The interval width.</param>
    /// <returns>Key, first day and last day of each interval, in order.</returns>
    public static IReadOnlyList<(string Key, DateOnly Start, DateOnly End)> Between(DateOnly first, DateOnly last, TrendInterval interval)
    {
        var periods = new List<(string, DateOnly, DateOnly)>();
        var months = interval switch { TrendInterval.Month => 1, TrendInterval.Quarter => 3, _ => 12 };
        var start = interval switch
        {
            TrendInterval.Month => new DateOnly(first.Year, first.Month, 1),
            TrendInterval.Quarter => new DateOnly(first.Year, (((first.Month - 1) / 3) * 3) + 1, 1),
            _ => new DateOnly(first.Year, 1, 1),
        };
        while (start <= last)
        {
            var next = start.AddMonths(months);
            periods.Add((KeyOf(start, interval), start, next.AddDays(-1)));
            start = next;
        }

        return periods;
    }

    /// <summary>The first day of a month key.</summary>
    /// <param name="month">"yyyy-MM".</param>
    /// <returns>The day.</returns>
    /// <exception cref="FormatException">Not a month key.</exception>
    public static DateOnly ParseMonth(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
