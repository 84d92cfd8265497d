using System.Globalization;

namespace Pipeline.Querying;

/// <summary>
/// The publication days a search or a trend may name, on the command line and on the web alike: yyyy-MM-dd from
/// <see cref="First"/> (1900-01-01) to <see cref="Last"/> (2100-12-31), Vietnamese time, both ends inclusive. No
/// news article is dated outside that window, and keeping far from the edges of <see cref="DateOnly"/> and
/// <see cref="DateTimeOffset"/> means an inclusive end can become the next day's start at +07:00 without overflowing.
/// </summary>
public static class QueryDays
{
    /// <summary>The earliest day a query may name.</summary>
    public static readonly DateOnly First = new(1900, 1, 1);

    /// <summary>The latest day a query may name.</summary>
    public static readonly DateOnly Last = new(2100, 12, 31);

    /// <summary>Vietnamese time, in which days start and end.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>"1900-01-01 to 2100-12-31", for messages.</summary>
    public static string Window => $"{Format(First)}..{Format(Last)}";

    /// <summary>Reads a day typed as yyyy-MM-dd.</summary>
    /// <param name="typed">What the user typed.</param>
    /// <param name="day">The day when the answer is <see cref="QueryDayCheck.Valid"/>.</param>
    /// <returns>Whether it is a day, and whether it lies in the window.</returns>
    public static QueryDayCheck TryParse(string typed, out DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(typed);
        if (!DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return QueryDayCheck.Malformed;
        }

        return day >= First && day <= Last ? QueryDayCheck.Valid : QueryDayCheck.OutOfRange;
    }

    /// <summary>The first instant of a day in Vietnamese time: the lower bound of a "from" day.</summary>
    /// <param name="day">A day inside the window.</param>
    /// <returns>Its midnight at +07:00.</returns>
    public static DateTimeOffset StartOf(DateOnly day) => new(Inside(day).ToDateTime(TimeOnly.MinValue), VietnamOffset);

    /// <summary>The first instant after a day in Vietnamese time: the exclusive upper bound of an inclusive "to" day.</summary>
    /// <param name="day">A day inside the window.</param>
    /// <returns>The next day's midnight at +07:00.</returns>
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(Inside(day)).AddDays(1);

    /// <summary>A day as yyyy-MM-dd.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Its text.</returns>
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Callers validate first; a day from elsewhere (a bug) fails here with a clear name rather than deep in a conversion.
    private static DateOnly Inside(DateOnly day) =>
        day >= First && day <= Last ? day : throw new ArgumentOutOfRangeException(nameof(day), day, $"A query day must lie in {Window}.");
}
