using System.Text.RegularExpressions;
using static Pipeline.Analysis.Dates.DateLexicon;

namespace Pipeline.Analysis.Dates;

/// <summary>
/// Words relative to publication: "hôm nay", "hôm qua", "ngày mai", "sáng nay", "tuần trước", "cuối tuần này" (its
/// Saturday and Sunday), "tháng này", "năm ngoái", "năm nay", "35 năm trước", "cách đây 35 năm"... Resolved only when the publication date is known (ANNOTATION.md). After a number or a
/// quantifier they are durations or vague ("hai năm nay", "3 tháng trước", "những tuần tới") except a number of years
/// before publication, which names a year; and "trước đó" is
/// relative to the story, not to publication: neither is resolved. "năm trước" and "năm sau" are left out for the
/// same reason ("so với năm trước" compares with the year before the one discussed as often as with last year).
/// </summary>
internal static class RelativePatterns
{
    private const string Quantifier = @"(?<q>(?:[0-9]+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|chục|vài|mấy|các|những|nhiều|mỗi|hằng|hàng)\s+)";

    public static readonly DatePattern[] All =
    [
        new(new Regex(
            $@"{Quantifier}?\b(?<rel>(?<unit>hôm)\s+(?<which>nay|qua)|ngày\s+(?<which>mai)|(?<unit>{TimeOfDay})\s+(?<which>nay|qua|mai)|(?:(?<weekend>cuối)\s+)?(?<unit>tuần)\s+(?<which>này|trước|tới|sau)|(?<unit>tháng)\s+(?<which>này|trước|tới|sau)|(?<unit>năm)\s+(?<which>nay|ngoái|tới))\b(?<that>\s+(?:đó|ấy|kia))?",
            Options),
            Resolve),
        new(
            new Regex(@"\b(?:cách\s+đây\s+(?<n>[0-9]{1,3})\s+năm|(?<n>[0-9]{1,3})\s+năm\s+trước)\b(?<that>\s+(?:đó|ấy|kia))?", Options),
            YearsAgo,
            Required: new Regex(@"cách\s+đây|năm\s+trước", Options)),
    ];

    /// <summary>"35 năm trước", "cách đây 35 năm": the year that many years before publication.</summary>
    private static string? YearsAgo(Match match, DateTimeOffset? published) =>
        published is { } pub && !match.Has("that") && match.Int("n") is > 0 and var years && years < pub.Year ? DateResolver.Year(pub.Year - years) : null;

    private static string? Resolve(Match match, DateTimeOffset? published)
    {
        if (published is not { } pub || match.Has("q") || match.Has("that"))
        {
            return null;
        }

        var today = pub.Date;
        var which = match.Word("which");
        var step = which switch
        {
            "qua" or "trước" or "ngoái" => -1,
            "mai" or "tới" or "sau" => 1,
            _ => 0,
        };
        switch (match.Word("unit"))
        {
            case "tuần":
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(7 * step);
                var first = match.Has("weekend") ? monday.AddDays(5) : monday;
                return DateResolver.Range(DateResolver.Day(first), DateResolver.Day(monday.AddDays(6)));
            case "tháng":
                var month = today.AddMonths(step);
                return DateResolver.Month(month.Year, month.Month);
            case "năm":
                return DateResolver.Year(today.Year + step);
            default:
                return DateResolver.Day(today.AddDays(step));
        }
    }
}
