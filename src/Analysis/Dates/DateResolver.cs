using System.Globalization;

namespace Pipeline.Analysis.Dates;

/// <summary>Turns day, month and year parts into ANNOTATION.md values, resolving a missing year against the publication date.</summary>
internal static class DateResolver
{
    public static string Day(int year, int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Range(string start, string end) => start + "/" + end;

    public static string LastDay(int year, int month) => Day(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>
    /// The year of a day-month without one: the publication year, or the year before when that would put the
    /// date more than a month after publication (ANNOTATION.md). Null when no publication date is known.
    /// </summary>
    public static int? YearFor(int month, int day, DateTimeOffset? published)
    {
        if (published is not { } pub)
        {
            return null;
        }

        var candidate = new DateTime(pub.Year, month, Math.Min(day, DateTime.DaysInMonth(pub.Year, month)));
        return candidate > pub.Date.AddMonths(1) ? pub.Year - 1 : pub.Year;
    }

    public static bool Valid(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static int? Roman(string text) => text.ToUpperInvariant() switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        "IV" or "4" => 4,
        _ => null,
    };
}
