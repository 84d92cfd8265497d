namespace Pipeline.Analysis.Dates;

/// <summary>
/// Joins dates found separately into the ranges they form: "từ X đến nay" (from the start of X to publication) and "từ
/// X đến Y" or "X - Y" where both ends are dates of their own ("từ tháng 11/2021 đến tháng 02/2022", "từ quý I/2024 đến
/// quý II/2025"). The joined candidates are longer than their parts, so they win when overlaps are settled. Each
/// candidate looks at a few words around it only, so the pass is linear in the number of candidates.
/// </summary>
internal static class RangeCombiner
{
    // The widest gap between two ends ("  đến hết  ") and the longest word read around a date.
    private const int MaxGap = 24;
    private const int MaxWord = 8;

    private static readonly HashSet<string> Separators = new(StringComparer.Ordinal) { "-", "–", "—", "đến", "tới", "đến hết", "tới hết" };

    /// <summary>The ranges the candidates form, to add to them.</summary>
    /// <param name="text">The text the candidates were found in (tone marks moved as for matching).</param>
    /// <param name="candidates">Every candidate found by the patterns.</param>
    /// <param name="published">The publication date; "đến nay" needs it.</param>
    /// <returns>The joined candidates.</returns>
    public static List<DateCandidate> Combine(string text, IReadOnlyList<DateCandidate> candidates, DateTimeOffset? published)
    {
        var longestAt = new Dictionary<int, DateCandidate>();
        foreach (var candidate in candidates)
        {
            if (!longestAt.TryGetValue(candidate.Start, out var known) || known.Length < candidate.Length)
            {
                longestAt[candidate.Start] = candidate;
            }
        }

        var joined = new List<DateCandidate>();
        foreach (var first in longestAt.Values)
        {
            var from = FromStart(text, first.Start);
            if (published is { } pub && from is { } since && UntilNowEnd(text, first.End) is { } now)
            {
                var today = DateResolver.Day(pub.Date);
                if (ResolvedDates.First(first.Resolved) is { } start && !Unknown(start) && string.CompareOrdinal(start, today) <= 0)
                {
                    joined.Add(new DateCandidate(since, now - since, DateResolver.Range(start, today)));
                }

                continue;
            }

            if (Pair(text, first, from, longestAt) is { } pair)
            {
                joined.Add(pair);
            }
        }

        return joined;
    }

    private static DateCandidate? Pair(string text, DateCandidate first, int? from, Dictionary<int, DateCandidate> longestAt)
    {
        var gapEnd = first.End + 1;
        while (gapEnd < text.Length && gapEnd - first.End <= MaxGap && !longestAt.ContainsKey(gapEnd))
        {
            gapEnd++;
        }

        if (!longestAt.TryGetValue(gapEnd, out var second))
        {
            return null;
        }

        var separator = string.Join(' ', text[first.End..gapEnd].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

        // A worded separator joins two dates only after "từ"; a dash is enough by itself.
        if (!Separators.Contains(separator) || (separator.Length > 1 && from is null))
        {
            return null;
        }

        if (ResolvedDates.First(first.Resolved) is not { } start || ResolvedDates.Last(second.Resolved) is not { } end
            || Unknown(start) != Unknown(end) || (!Unknown(start) && string.CompareOrdinal(start, end) >= 0))
        {
            return null;
        }

        var begin = from ?? first.Start;
        return new DateCandidate(begin, second.End - begin, DateResolver.Range(start, end), first.WrittenYear ?? second.WrittenYear);
    }

    /// <summary>Where "từ" (or "kể từ") starts when it stands right before <paramref name="start"/>; null otherwise.</summary>
    private static int? FromStart(string text, int start)
    {
        var (word, wordStart) = WordBefore(text, start);
        if (word != "từ")
        {
            return null;
        }

        var (previous, previousStart) = WordBefore(text, wordStart);
        return previous == "kể" ? previousStart : wordStart;
    }

    /// <summary>Where "(cho) đến / tới nay / hiện nay / hiện tại / bây giờ" ends when it follows <paramref name="end"/>; null otherwise.</summary>
    private static int? UntilNowEnd(string text, int end)
    {
        // After a comma, "đến nay" opens the next clause ("hợp tác từ năm 2010, đến nay đã ...").
        var (word, after) = WordAfter(text, end);
        if (word == "cho")
        {
            (word, after) = WordAfter(text, after);
        }

        if (word is not ("đến" or "tới"))
        {
            return null;
        }

        (word, after) = WordAfter(text, after);
        if (word == "nay")
        {
            return after;
        }

        var (next, nextEnd) = WordAfter(text, after);
        return (word, next) is ("hiện", "nay" or "tại") or ("bây", "giờ") ? nextEnd : null;
    }

    /// <summary>The lower-cased word ending at <paramref name="end"/> after at least one space, and its start.</summary>
    private static (string Word, int Start) WordBefore(string text, int end)
    {
        var position = end;
        while (position > 0 && end - position < MaxGap && char.IsWhiteSpace(text[position - 1]))
        {
            position--;
        }

        var wordEnd = position;
        while (position > 0 && wordEnd - position <= MaxWord && char.IsLetter(text[position - 1]))
        {
            position--;
        }

        return wordEnd == end ? (string.Empty, end) : (text[position..wordEnd].ToLowerInvariant(), position);
    }

    /// <summary>The lower-cased word after <paramref name="start"/> and any spaces, and where it ends.</summary>
    private static (string Word, int End) WordAfter(string text, int start)
    {
        var position = start;
        while (position < text.Length && position - start < MaxGap && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        var wordStart = position;
        while (position < text.Length && position - wordStart <= MaxWord && char.IsLetter(text[position]))
        {
            position++;
        }

        return (text[wordStart..position].ToLowerInvariant(), position);
    }

    private static bool Unknown(string value) => value.StartsWith(DateResolver.UnknownYear, StringComparison.Ordinal);
}
