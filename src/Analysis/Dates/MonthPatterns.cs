using System.Text.RegularExpressions;
using static Pipeline.Analysis.Dates.DateLexicon;

namespace Pipeline.Analysis.Dates;

/// <summary>
/// Months, their parts and ranges of months: "tháng 7-2025", "tháng 5", "đầu / giữa / cuối tháng 8" (days 1-10, 11-20,
/// 21-last), "cuối tháng này", "từ tháng 11/2021 đến tháng 02/2022", "tháng 3-5/2024".
/// </summary>
internal static class MonthPatterns
{
    private const string MonthYear = @"(?:(?:\s*[/\-]\s*|\.)(?<y>[0-9]{4})|\s+năm\s+(?<y>[0-9]{4}))";

    public static readonly DatePattern[] All =
    [
        new(new Regex($@"\btháng\s+(?<m>[0-9]{{1,2}}){MonthYear}?\b", Options), Month),
        new(new Regex($@"\b(?<part>đầu|giữa|cuối)\s+tháng\s+(?:(?<m>[0-9]{{1,2}}){MonthYear}?|(?<rel>này|trước|tới|sau))\b", Options), PartOfMonth),
        new(new Regex(
            $@"{FromLead}\btháng\s+(?<m1>[0-9]{{1,2}})(?:\s*[/\-]\s*(?<y1>[0-9]{{4}})|\s+năm\s+(?<y1>[0-9]{{4}}))?\s*{RangeSeparator}\s*(?:hết\s+)?(?<again>tháng\s+)?(?<m2>[0-9]{{1,2}})(?:\s*[/\-]\s*(?<y2>[0-9]{{4}})|\s+năm\s+(?<y2>[0-9]{{4}}))?\b",
            Options),
            Months,
            Required: new Regex($@"tháng\s+[0-9]{{1,2}}(?:\s*[/\-]\s*[0-9]{{4}}|\s+năm\s+[0-9]{{4}})?\s*{RangeSeparator}", Options)),
    ];

    private static string? Month(Match match, DateTimeOffset? published)
    {
        var month = match.Int("m");
        if (month is < 1 or > 12)
        {
            return null;
        }

        var year = match.OptionalInt("y") ?? DateResolver.YearFor(month, 1, published);
        return year is { } y && y is < 1900 or > 2100 ? null : DateResolver.Month(year, month);
    }

    private static string? PartOfMonth(Match match, DateTimeOffset? published)
    {
        int? year;
        int month;
        if (match.Has("rel"))
        {
            if (published is not { } pub)
            {
                return null;
            }

            var named = pub.Date.AddMonths(match.Word("rel") switch { "trước" => -1, "tới" or "sau" => 1, _ => 0 });
            (year, month) = (named.Year, named.Month);
        }
        else
        {
            month = match.Int("m");
            if (month is < 1 or > 12)
            {
                return null;
            }

            year = match.OptionalInt("y") ?? DateResolver.YearFor(month, 1, published);
        }

        return match.Word("part") switch
        {
            "đầu" => DateResolver.DaysOfMonth(year, month, 1, 10),
            "giữa" => DateResolver.DaysOfMonth(year, month, 11, 20),
            _ => DateResolver.Range(DateResolver.Day(year, month, 21), DateResolver.LastDay(year, month)),
        };
    }

    private static string? Months(Match match, DateTimeOffset? published)
    {
        var (first, last) = (match.Int("m1"), match.Int("m2"));
        if (first is < 1 or > 12 || last is < 1 or > 12 || first == last)
        {
            return null;
        }

        // "tháng 3 đến 12 tháng sau" is not a range of months: "đến" needs "từ" or a second "tháng".
        if (match.Groups["sep"].Value.Length > 1 && !match.Has("lead") && !match.Has("again"))
        {
            return null;
        }

        var wraps = last < first;
        var (y1, y2) = (match.OptionalInt("y1"), match.OptionalInt("y2"));
        y1 ??= y2 is { } end ? end - (wraps ? 1 : 0) : DateResolver.YearFor(first, 1, published);
        y2 ??= y1 is { } start ? start + (wraps ? 1 : 0) : null;
        if (y1 is { } a && y2 is { } b && (b, last).CompareTo((a, first)) <= 0)
        {
            return null;
        }

        return DateResolver.Months(y1, first, y2, last);
    }
}
