using System.Globalization;

namespace Pipeline.Analysis.Dates;

/// <summary>
/// Turns day, month and year parts into ANNOTATION.md values ("2025", "2025-05", "2025-05-20", "START/END"), resolving a
/// missing year against the publication date. An unknown year is written "XXXX". Range ends are always written at day
/// precision, the precision evaluation compares them at.
/// </summary>
internal static class DateResolver
{
    public const string UnknownYear = "XXXX";

    // A year with 28 days in February, for the last day of a month whose year is unknown.
    private const int CommonYear = 2001;

    public static string Day(int? year, int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{YearText(year)}-{month:D2}-{day:D2}");

    public static string Day(DateTime date) => Day(date.Year, date.Month, date.Day);

    public static string Month(int? year, int month) => string.Create(CultureInfo.InvariantCulture, $"{YearText(year)}-{month:D2}");

    public static string Year(int year) => YearText(year);

    public static string Range(string start, string end) => start + "/" + end;

    public static string LastDay(int? year, int month) => Day(year, month, DateTime.DaysInMonth(year ?? CommonYear, month));

    /// <summary>Days <paramref name="firstDay"/>..<paramref name="lastDay"/> of a month; null past its end.</summary>
    public static string? DaysOfMonth(int? year, int month, int firstDay, int lastDay)
    {
        var days = DateTime.DaysInMonth(year ?? CommonYear, month);
        return lastDay <= days && firstDay <= lastDay ? Range(Day(year, month, firstDay), Day(year, month, lastDay)) : null;
    }

    /// <summary>Months <paramref name="first"/> of <paramref name="firstYear"/> to <paramref name="last"/> of <paramref name="lastYear"/>, as days.</summary>
    public static string Months(int? firstYear, int first, int? lastYear, int last) => Range(Day(firstYear, first, 1), LastDay(lastYear, last));

    /// <summary>Whole years as a day range.</summary>
    public static string Years(int first, int last) => Range(Day(first, 1, 1), Day(last, 12, 31));

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

    /// <summary>The year "năm nay / ngoái / tới" names; null without a publication date.</summary>
    public static int? RelativeYear(string word, DateTimeOffset? published) => published is { } pub
        ? word.ToLowerInvariant() switch
        {
            "nay" => pub.Year,
            "ngoái" => pub.Year - 1,
            "tới" => pub.Year + 1,
            _ => null,
        }
        : null;

    public static bool ValidDayMonth(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month);

    public static bool Valid(int year, int month, int day) =>
        ValidYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The years a written date may name; outside them "0000" or "9999" is a number, not a year.</summary>
    public static bool ValidYear(int year) => year is >= 1900 and <= 2100;

    public static int? Roman(string text) => text.ToUpperInvariant() switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        "IV" or "4" => 4,
        _ => null,
    };

    private static string YearText(int? year) => year is { } y ? y.ToString("D4", CultureInfo.InvariantCulture) : UnknownYear;
}
