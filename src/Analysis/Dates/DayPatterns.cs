using System.Text.RegularExpressions;
using static Pipeline.Analysis.Dates.DateLexicon;

namespace Pipeline.Analysis.Dates;

/// <summary>
/// Days and ranges of days: "Sáng 20-5", "ngày 14/5/2025", "ngày 21 tháng 8 năm 2013", "26-31/8", "từ ngày 21 đến 23
/// tháng 8 năm 2013", "30/10 - 3/11", "12 và 13/10", and English datelines ("18 December, 2020"). A day without a year needs a lead ("ngày", a time of day, a
/// weekday, a parenthesis) so that fractions and scores are not read as dates.
/// </summary>
internal static class DayPatterns
{
    private const string DayMonthTail = $@"(?:(?<sep>{DaySeparator})(?<m>[0-9]{{1,2}})(?:{DaySeparator}(?<y>[0-9]{{4}}))?|\s+tháng\s+(?<m>[0-9]{{1,2}})(?:\s*(?:năm\s+|[/\-]\s*)(?<y>[0-9]{{4}}))?)";

    public static readonly DatePattern[] All =
    [
        new(new Regex($@"{Lead}\b(?<d>[0-9]{{1,2}}){DayMonthTail}\b(?<close>\s*\))?(?<unit>\s+(?:lít|ml|kg|mg|g|km|cm|mm|m|tấn|triệu|tỷ|tỉ|nghìn|ngàn|lần|giờ|tiếng|độ)\b)?", Options), Single, Days: true),
        new(
            new Regex($@"{RangeLead}\b(?<d1>[0-9]{{1,2}})\s*(?<join>-|–|đến|tới|và)\s*(?:ngày\s+)?(?<d2>[0-9]{{1,2}}){DayMonthTail}\b", Options),
            SameMonth,
            Days: true,
            Required: new Regex(@"[0-9]\s*(?:-|–|đến|tới|và)\s*(?:ngày\s+)?[0-9]", Options)),
        new(
            new Regex($@"{RangeLead}\b(?<d1>[0-9]{{1,2}}){DaySeparator}(?<m1>[0-9]{{1,2}})(?:{DaySeparator}(?<y1>[0-9]{{4}}))?\s*{RangeSeparator}\s*(?:{TimeOfDay}\s+)?(?:ngày\s+)?(?<d2>[0-9]{{1,2}}){DaySeparator}(?<m2>[0-9]{{1,2}})(?:{DaySeparator}(?<y2>[0-9]{{4}}))?\b", Options),
            AcrossMonths,
            Days: true,
            Required: new Regex($@"[0-9]{DaySeparator}[0-9]{{1,2}}(?:{DaySeparator}[0-9]{{4}})?\s*{RangeSeparator}", Options)),
        new(
            new Regex($@"\b(?:(?<d>[0-9]{{1,2}})\s+(?<mon>{EnglishMonths}),?|(?<mon>{EnglishMonths})\s+(?<d>[0-9]{{1,2}}),)\s+(?<y>[0-9]{{4}})\b", Options),
            English,
            Days: true,
            Required: new Regex(EnglishMonths, Options)),
    ];

    private const string EnglishMonths = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>"18 December, 2020", "December 18, 2020": English datelines that some pages keep; only with a year.</summary>
    private static string? English(Match match, DateTimeOffset? published)
    {
        var month = Array.FindIndex(EnglishMonths.Split('|'), m => m.Equals(match.Groups["mon"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        var (day, year) = (match.Int("d"), match.Int("y"));
        return DateResolver.ValidYear(year) && DateResolver.Valid(year, month, day) ? DateResolver.Day(year, month, day) : null;
    }

    private static string? Single(Match match, DateTimeOffset? published)
    {
        var (day, month) = (match.Int("d"), match.Int("m"));
        if (!DateResolver.ValidDayMonth(month, day))
        {
            return null;
        }

        if (match.OptionalInt("y") is { } written)
        {
            return DateResolver.Valid(written, month, day) ? DateResolver.Day(written, month, day) : null;
        }

        // Without a year the lead must say this is a day, and a unit after it says it is not ("mỗi ngày 1.5 lít");
        // "ngày 14.2" is how several outlets write every date.
        var lead = match.Groups["lead"].Value;
        if (lead.Length == 0 || match.Has("unit") || (lead.Trim() == "(" && !match.Has("close")))
        {
            return null;
        }

        var year = DateResolver.YearFor(month, day, published);
        return year is null || DateResolver.Valid(year.Value, month, day) ? DateResolver.Day(year, month, day) : null;
    }

    private static string? SameMonth(Match match, DateTimeOffset? published)
    {
        var (first, last, month) = (match.Int("d1"), match.Int("d2"), match.Int("m"));
        var join = match.Word("join");
        if (month is < 1 or > 12 || first < 1 || first >= last || (join == "và" && last != first + 1))
        {
            return null;
        }

        // "đến" between two bare numbers is a range of days only when "từ" or "ngày" says so.
        if (join is "đến" or "tới" && match.Groups["lead"].Length == 0)
        {
            return null;
        }

        var year = match.OptionalInt("y") ?? DateResolver.YearFor(month, first, published);
        return DateResolver.DaysOfMonth(year, month, first, last);
    }

    private static string? AcrossMonths(Match match, DateTimeOffset? published)
    {
        var (d1, m1, d2, m2) = (match.Int("d1"), match.Int("m1"), match.Int("d2"), match.Int("m2"));
        if (!DateResolver.ValidDayMonth(m1, d1) || !DateResolver.ValidDayMonth(m2, d2))
        {
            return null;
        }

        // Without both years a range runs forward and crosses a new year only from November or December into January
        // or February: "28/12 - 3/1" is a range, "1/3 - 1/2" is a pair of fractions.
        var wraps = (m2, d2).CompareTo((m1, d1)) < 0;
        var (y1, y2) = (match.OptionalInt("y1"), match.OptionalInt("y2"));
        if (wraps && (y1 is null || y2 is null) && !(m1 >= 11 && m2 <= 2))
        {
            return null;
        }

        y1 ??= y2 is { } end ? end - (wraps ? 1 : 0) : DateResolver.YearFor(m1, d1, published);
        y2 ??= y1 is { } start ? start + (wraps ? 1 : 0) : null;
        if (y1 is { } a && y2 is { } b && (!DateResolver.Valid(a, m1, d1) || !DateResolver.Valid(b, m2, d2) || (b, m2, d2).CompareTo((a, m1, d1)) <= 0))
        {
            return null;
        }

        return DateResolver.Range(DateResolver.Day(y1, m1, d1), DateResolver.Day(y2, m2, d2));
    }
}
