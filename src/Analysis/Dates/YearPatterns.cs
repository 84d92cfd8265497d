using System.Text.RegularExpressions;
using static Pipeline.Analysis.Dates.DateLexicon;

namespace Pipeline.Analysis.Dates;

/// <summary>
/// Years, their parts and ranges of years: "năm 2024", "quý I/2025", "6 tháng đầu năm 2024", "nửa cuối năm", "đầu năm
/// nay" (the first quarter), "cuối năm 2025" (the last quarter), "giai đoạn 2025-2030", "từ năm 1993 đến 2009",
/// "những năm 1980–1990", "Tết Dương lịch 2026". A part of a year without one is relative to publication.
/// </summary>
internal static class YearPatterns
{
    private const string MonthCount = "(?<n>1[01]|[1-9]|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười\\s+một)";

    private static readonly string[] NumberWords = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    public static readonly DatePattern[] All =
    [
        new(new Regex($@"\b(?<born>sinh\s+)?năm\s+(?<y>{FourDigitYear})\b", Options), Year),
        new(new Regex($@"\bxuân\s+(?<y>{FourDigitYear})\b", Options), Year),
        new(new Regex($@"\btết\s+dương\s+lịch(?:\s+năm)?\s+(?<y>{FourDigitYear})\b", Options), NewYearsDay),
        new(new Regex($@"\bquý\s+(?<q>IV|III|II|I|[1-4])\b{YearAfter}?", Options), Quarter),
        new(
            new Regex($@"\b{MonthCount}\s+tháng\s+(?<part>đầu|cuối)\s+năm(?:\s+(?<y>[0-9]{{4}})|\s*/\s*(?<y>[0-9]{{4}})|\s+(?<rel>nay|ngoái|tới))?", Options),
            MonthsOfYear,
            Required: new Regex(@"tháng\s+(?:đầu|cuối)\s+năm", Options)),
        new(new Regex(@"\bnửa\s+(?<part>đầu|cuối)\s+năm(?:\s+(?<y>[0-9]{4})|\s+(?<rel>nay|ngoái|tới))?", Options), HalfOfYear),
        new(new Regex(@"\b(?<part>đầu|cuối)\s+năm(?:\s+(?<y>[0-9]{4})|\s+(?<rel>nay|ngoái|tới))?(?<other>\s+(?:học|tài\s+chính|mới|âm\s+lịch))?", Options), PartOfYear),
        new(new Regex(
            $@"(?<lead>(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|niên\s+khóa|năm\s+học|những\s+năm|thập\s+niên|(?:kể\s+)?từ(?:\s+năm)?|năm)\s+)?\b(?<y1>{FourDigitYear})\s*{RangeSeparator}\s*(?:hết\s+)?(?:năm\s+)?(?<y2>{FourDigitYear})\b",
            Options),
            Years,
            Required: new Regex($@"{FourDigitYear}\s*{RangeSeparator}\s*(?:hết\s+)?(?:năm\s+)?{FourDigitYear}", Options)),
    ];

    private static string? Year(Match match, DateTimeOffset? published) =>
        match.Has("born") ? null : DateResolver.Year(match.Int("y"));

    private static string? NewYearsDay(Match match, DateTimeOffset? published) => DateResolver.Day(match.Int("y"), 1, 1);

    private static string? Quarter(Match match, DateTimeOffset? published)
    {
        if (DateResolver.Roman(match.Groups["q"].Value) is not { } quarter)
        {
            return null;
        }

        var first = ((quarter - 1) * 3) + 1;
        var year = match.Has("y") || match.Has("rel") ? match.NamedYear(published) : DateResolver.YearFor(first, 1, published);
        if (year is null && match.Has("rel"))
        {
            return null;
        }

        return DateResolver.Months(year, first, year, first + 2);
    }

    private static string? MonthsOfYear(Match match, DateTimeOffset? published)
    {
        var text = match.Word("n");
        var months = Array.IndexOf(NumberWords, text) is var index and >= 0 ? index + 1
            : text.StartsWith("mười", StringComparison.Ordinal) ? 11
            : match.Int("n");
        return months is >= 1 and <= 11 && YearOf(match, published) is { } year
            ? (match.Word("part") == "đầu" ? DateResolver.Months(year, 1, year, months) : DateResolver.Months(year, 13 - months, year, 12))
            : null;
    }

    private static string? HalfOfYear(Match match, DateTimeOffset? published) =>
        YearOf(match, published) is { } year
            ? (match.Word("part") == "đầu" ? DateResolver.Months(year, 1, year, 6) : DateResolver.Months(year, 7, year, 12))
            : null;

    private static string? PartOfYear(Match match, DateTimeOffset? published)
    {
        // "đầu năm học", "cuối năm tài chính", "đầu năm mới" are other years.
        if (match.Has("other") || YearOf(match, published) is not { } year)
        {
            return null;
        }

        return match.Word("part") == "đầu" ? DateResolver.Months(year, 1, year, 3) : DateResolver.Months(year, 10, year, 12);
    }

    private static string? Years(Match match, DateTimeOffset? published)
    {
        var (first, last) = (match.Int("y1"), match.Int("y2"));

        // "đến" between two bare numbers ("từ 1500 đến 2000 ca") is a range of years only after "năm" or "giai đoạn".
        var lead = match.Word("lead").Trim();
        var worded = match.Groups["sep"].Value.Length > 1;
        if (first >= last || (worded && (lead.Length == 0 || lead is "từ" or "kể từ")))
        {
            return null;
        }

        return DateResolver.Years(first, last);
    }

    /// <summary>The year of a part of a year: written, relative, or the publication year; null when none is known.</summary>
    private static int? YearOf(Match match, DateTimeOffset? published) =>
        match.Has("y") || match.Has("rel") ? match.NamedYear(published) : published?.Year;
}
