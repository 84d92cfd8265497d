using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Dates;

/// <summary>
/// Finds explicit calendar expressions in Vietnamese text and resolves them (ANNOTATION.md): "Sáng 20-5",
/// "ngày 14/5/2025", "tháng 7-2025", "6 tháng đầu năm 2024", "quý I/2025", "từ ngày 1 đến 5/6", "giai đoạn
/// 2025-2030", "từ đầu năm đến nay"... A missing year comes from the publication date. Where expressions
/// overlap the longest wins; the same resolved date twice is reported once, at its first occurrence.
/// Every pattern runs without backtracking, so any input takes linear time.
/// </summary>
public static class DateExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private const string TimeOfDay = @"(?:rạng sáng|sáng|chiều|trưa|tối|đêm)";
    private const string Weekday = @"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)";

    private static readonly (Regex Pattern, Func<Match, DateTimeOffset?, string?> Resolve)[] Patterns =
    [
        (new Regex(@"\b(?:từ\s+(?:ngày\s+)?|ngày\s+)(?<d1>\d{1,2})\s*(?:đến|-|–)\s*(?:ngày\s+)?(?<d2>\d{1,2})[/\-](?<m>\d{1,2})(?:[/\-](?<y>\d{4}))?\b", Options), DayRange),
        (new Regex($@"(?:\b(?:{TimeOfDay}\s+)?(?:{Weekday}\s*,?\s*)?\(?|\bngày\s+)?\b(?<d>\d{{1,2}})[/\-.](?<m>\d{{1,2}})[/\-.](?<y>\d{{4}})\b\)?", Options), FullDate),
        (new Regex($@"\b(?:{TimeOfDay}\s+(?:{Weekday}\s*)?\(?|{Weekday}\s*\(|ngày\s+)(?<d>\d{{1,2}})[/\-](?<m>\d{{1,2}})\b\)?", Options), DayMonth),
        (new Regex(@"\b(?<n>6)\s+tháng\s+(?<half>đầu|cuối)\s+năm(?:\s+(?<y>\d{4}))?", Options), HalfYear),
        (new Regex(@"\bnửa\s+(?<half>đầu|cuối)\s+năm(?:\s+(?<y>\d{4}))?", Options), HalfYear),
        (new Regex(@"\bquý\s+(?<q>IV|III|II|I|[1-4])(?:\s*[/\-]\s*|\s+năm\s+)(?<y>\d{4})\b", Options), Quarter),
        (new Regex(@"\b(?<part>đầu|cuối)\s+năm\s+(?<y>\d{4})\b", Options), PartOfYear),
        (new Regex(@"\b(?<part>đầu|giữa|cuối)\s+tháng\s+(?<m>\d{1,2})(?:\s*[/\-]\s*(?<y>\d{4})|\s+năm\s+(?<y>\d{4}))?\b", Options), PartOfMonth),
        (new Regex(@"\btháng\s+(?<m>\d{1,2})(?:\s*[/\-]\s*(?<y>\d{4})|\s+năm\s+(?<y>\d{4}))\b", Options), MonthYear),
        (new Regex(@"\btháng\s+(?<m>\d{1,2})\b", Options), MonthOnly),
        (new Regex(@"\b(?:giai\s+đoạn|từ\s+năm)\s+(?<y1>(?:19|20)\d{2})\s*(?:-|–|đến)\s*(?<y2>(?:19|20)\d{2})\b", Options), YearRange),
        (new Regex(@"\btừ\s+năm\s+(?<y1>(?:19|20)\d{2})\s+đến\s+nay\b", Options), SinceYear),
        (new Regex(@"\btừ\s+đầu\s+năm(?:\s+(?<y>\d{4}))?\s+(?:đến|tới)\s+nay\b", Options), SinceYearStart),
        (new Regex(@"\bnăm\s+(?<y>(?:19|20)\d{2})\b", Options), Year),
        (new Regex(@"\b(?<rel>năm\s+nay|năm\s+ngoái|năm\s+trước|hôm\s+nay)\b", Options), Relative),
    ];

    /// <summary>Finds and resolves the dates of <paramref name="text"/>.</summary>
    /// <param name="text">NFC text; offsets refer to it.</param>
    /// <param name="published">The publication date, for expressions without a year; null when unknown.</param>
    /// <returns>The dates in text order.</returns>
    public static IReadOnlyList<DateFact> Extract(string text, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matching = ToneMarks.ToTraditionalPlacement(text);
        var candidates = new List<DateCandidate>();
        foreach (var (pattern, resolve) in Patterns)
        {
            foreach (Match match in pattern.Matches(matching))
            {
                if (resolve(match, published) is { } resolved)
                {
                    candidates.Add(new DateCandidate(match.Index, match.Length, resolved));
                }
            }
        }

        var accepted = new List<DateCandidate>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            if (!accepted.Any(a => a.Start < candidate.Start + candidate.Length && candidate.Start < a.Start + a.Length))
            {
                accepted.Add(candidate);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return accepted.OrderBy(c => c.Start)
            .Where(c => seen.Add(c.Resolved))
            .Select(c => new DateFact(text.Substring(c.Start, c.Length).TrimEnd(')').TrimEnd(), c.Resolved, c.Start))
            .ToList();
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int? Year(Match match, string group) => match.Groups[group].Success ? Int(match, group) : null;

    private static string? FullDate(Match match, DateTimeOffset? published)
    {
        var (day, month, year) = (Int(match, "d"), Int(match, "m"), Int(match, "y"));
        return DateResolver.Valid(year, month, day) ? DateResolver.Day(year, month, day) : null;
    }

    private static string? DayMonth(Match match, DateTimeOffset? published)
    {
        var (day, month) = (Int(match, "d"), Int(match, "m"));
        if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            return null;
        }

        var year = DateResolver.YearFor(month, day, published);
        return year is { } y ? (DateResolver.Valid(y, month, day) ? DateResolver.Day(y, month, day) : null) : $"XXXX-{month:D2}-{day:D2}";
    }

    private static string? DayRange(Match match, DateTimeOffset? published)
    {
        var (first, last, month) = (Int(match, "d1"), Int(match, "d2"), Int(match, "m"));
        if (month is < 1 or > 12 || first >= last || last > 31)
        {
            return null;
        }

        var year = Year(match, "y") ?? DateResolver.YearFor(month, first, published);
        return year is { } y && DateResolver.Valid(y, month, last) ? DateResolver.Range(DateResolver.Day(y, month, first), DateResolver.Day(y, month, last)) : null;
    }

    private static string? HalfYear(Match match, DateTimeOffset? published)
    {
        var year = Year(match, "y") ?? published?.Year;
        if (year is not { } y)
        {
            return null;
        }

        return match.Groups["half"].Value.Equals("đầu", StringComparison.OrdinalIgnoreCase)
            ? DateResolver.Range(DateResolver.Day(y, 1, 1), DateResolver.Day(y, 6, 30))
            : DateResolver.Range(DateResolver.Day(y, 7, 1), DateResolver.Day(y, 12, 31));
    }

    private static string? Quarter(Match match, DateTimeOffset? published)
    {
        if (DateResolver.Roman(match.Groups["q"].Value) is not { } quarter)
        {
            return null;
        }

        var year = Int(match, "y");
        var first = ((quarter - 1) * 3) + 1;
        return DateResolver.Range(DateResolver.Day(year, first, 1), DateResolver.LastDay(year, first + 2));
    }

    private static string? PartOfYear(Match match, DateTimeOffset? published)
    {
        var year = Int(match, "y");
        return match.Groups["part"].Value.Equals("đầu", StringComparison.OrdinalIgnoreCase)
            ? DateResolver.Range(DateResolver.Day(year, 1, 1), DateResolver.Day(year, 3, 31))
            : DateResolver.Range(DateResolver.Day(year, 10, 1), DateResolver.Day(year, 12, 31));
    }

    private static string? PartOfMonth(Match match, DateTimeOffset? published)
    {
        var month = Int(match, "m");
        if (month is < 1 or > 12)
        {
            return null;
        }

        var year = Year(match, "y") ?? DateResolver.YearFor(month, 1, published);
        if (year is not { } y)
        {
            return null;
        }

        return match.Groups["part"].Value.ToLowerInvariant() switch
        {
            "đầu" => DateResolver.Range(DateResolver.Day(y, month, 1), DateResolver.Day(y, month, 10)),
            "giữa" => DateResolver.Range(DateResolver.Day(y, month, 11), DateResolver.Day(y, month, 20)),
            _ => DateResolver.Range(DateResolver.Day(y, month, 21), DateResolver.LastDay(y, month)),
        };
    }

    private static string? MonthYear(Match match, DateTimeOffset? published)
    {
        var (month, year) = (Int(match, "m"), Int(match, "y"));
        return month is >= 1 and <= 12 ? DateResolver.Month(year, month) : null;
    }

    private static string? MonthOnly(Match match, DateTimeOffset? published)
    {
        var month = Int(match, "m");
        if (month is < 1 or > 12)
        {
            return null;
        }

        return DateResolver.YearFor(month, 1, published) is { } year ? DateResolver.Month(year, month) : $"XXXX-{month:D2}";
    }

    private static string? YearRange(Match match, DateTimeOffset? published)
    {
        var (first, last) = (Int(match, "y1"), Int(match, "y2"));
        return first < last ? DateResolver.Range(first.ToString("D4", CultureInfo.InvariantCulture), last.ToString("D4", CultureInfo.InvariantCulture)) : null;
    }

    private static string? SinceYear(Match match, DateTimeOffset? published) =>
        published is { } pub ? DateResolver.Range(Int(match, "y1").ToString("D4", CultureInfo.InvariantCulture), DateResolver.Day(pub.Year, pub.Month, pub.Day)) : null;

    private static string? SinceYearStart(Match match, DateTimeOffset? published)
    {
        if (published is not { } pub)
        {
            return null;
        }

        var year = Year(match, "y") ?? pub.Year;
        return DateResolver.Range(DateResolver.Day(year, 1, 1), DateResolver.Day(pub.Year, pub.Month, pub.Day));
    }

    private static string? Year(Match match, DateTimeOffset? published) => match.Groups["y"].Value;

    private static string? Relative(Match match, DateTimeOffset? published)
    {
        if (published is not { } pub)
        {
            return null;
        }

        var word = match.Groups["rel"].Value.ToLowerInvariant();
        return word.StartsWith("hôm", StringComparison.Ordinal) ? DateResolver.Day(pub.Year, pub.Month, pub.Day)
            : word.EndsWith("nay", StringComparison.Ordinal) ? pub.Year.ToString("D4", CultureInfo.InvariantCulture)
            : (pub.Year - 1).ToString("D4", CultureInfo.InvariantCulture);
    }
}
