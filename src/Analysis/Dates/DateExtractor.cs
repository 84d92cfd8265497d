using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Dates;

/// <summary>
/// Finds explicit calendar expressions in Vietnamese text and resolves them as ANNOTATION.md defines: days ("Sáng 20-5",
/// "ngày 14/5/2025"), months and their parts ("tháng 7-2025", "cuối tháng 8"), quarters and parts of years ("quý
/// I/2025", "6 tháng đầu năm 2024", "đầu năm nay"), ranges written as two ends ("26-31/8", "30/10 - 3/11", "từ tháng
/// 11/2021 đến tháng 02/2022", "giai đoạn 2025-2030"), "từ X đến nay", and words relative to publication ("hôm nay",
/// "tuần trước", "năm ngoái"). A missing year comes from the publication date, or without one from the nearest day
/// written with its year. Where expressions overlap the longest wins; the same resolved value twice is reported once, at
/// its first occurrence. Every pattern runs without backtracking and every later pass is linear, so any input takes
/// linear time.
/// </summary>
public static class DateExtractor
{
    private static readonly DatePattern[] Patterns =
        [.. DayPatterns.All, .. MonthPatterns.All, .. YearPatterns.All, .. RelativePatterns.All];

    /// <summary>Finds and resolves the dates of <paramref name="text"/>.</summary>
    /// <param name="text">NFC text; offsets refer to it.</param>
    /// <param name="published">The publication date, for expressions without a year; null when unknown.</param>
    /// <returns>The dates in text order.</returns>
    public static IReadOnlyList<DateFact> Extract(string text, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A publication date outside the years a written date may have (a placeholder such as 0001-01-01) resolves nothing.
        if (published is { Year: < 1900 or > 2100 })
        {
            published = null;
        }

        var matching = ToneMarks.ToTraditionalPlacement(text);
        var candidates = new List<DateCandidate>();
        foreach (var pattern in Patterns)
        {
            Find(matching, pattern, published, candidates);
        }

        candidates.AddRange(RangeCombiner.Combine(matching, candidates, published));
        var settled = CandidateSettler.Settle(candidates, text.Length);
        if (published is null)
        {
            settled = ContextYear.Fill(settled);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return settled
            .Where(c => seen.Add(c.Resolved))
            .Select(c => new DateFact(text.Substring(c.Start, c.Length), c.Resolved, c.Start))
            .ToList();
    }

    /// <summary>
    /// Adds the candidates of one pattern. The engine finds match boundaries cheaply but reads groups slowly, so groups
    /// are read once per distinct matched text: a text that repeats one date thousands of times costs one read.
    /// </summary>
    private static void Find(string text, DatePattern pattern, DateTimeOffset? published, List<DateCandidate> candidates)
    {
        if (pattern.Required is { } required && !required.IsMatch(text))
        {
            return;
        }

        var known = new Dictionary<string, Reading?>(StringComparer.Ordinal);
        foreach (var found in pattern.Regex.EnumerateMatches(text))
        {
            var piece = text.Substring(found.Index, found.Length);
            if (!known.TryGetValue(piece, out var reading))
            {
                reading = Read(pattern, pattern.Regex.Match(piece), published);
                known[piece] = reading;
            }

            if (reading is { } r && BalancedLength(text, found.Index + r.Offset, r.Length) is > 0 and var length)
            {
                candidates.Add(new DateCandidate(found.Index + r.Offset, length, r.Resolved, r.WrittenYear));
            }
        }
    }

    private static Reading? Read(DatePattern pattern, Match match, DateTimeOffset? published)
    {
        // A year outside the window ("quý I/0000", "tháng 2/9999") makes no date, and no resolver has to handle one.
        if (!match.Success || !match.WrittenYearsValid() || pattern.Resolve(match, published) is not { } resolved)
        {
            return null;
        }

        var written = pattern.Days && (match.Groups["y"].Success || match.Groups["y1"].Success || match.Groups["y2"].Success)
            && !resolved.StartsWith(DateResolver.UnknownYear, StringComparison.Ordinal)
            ? int.Parse(resolved.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture)
            : (int?)null;
        return new Reading(match.Index, match.Length, resolved, written);
    }

    /// <summary>The span's length without trailing spaces and without a closing parenthesis it did not open.</summary>
    private static int BalancedLength(string text, int start, int length)
    {
        var span = text.AsSpan(start, length).TrimEnd();
        if (span.EndsWith(")") && !span.Contains('('))
        {
            span = span[..^1].TrimEnd();
        }

        return span.Length;
    }

    /// <summary>What one matched text resolves to, relative to the start of the match.</summary>
    private readonly record struct Reading(int Offset, int Length, string Resolved, int? WrittenYear);
}
