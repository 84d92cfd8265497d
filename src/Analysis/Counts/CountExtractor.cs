using Pipeline.Text;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Counts;

/// <summary>
/// Finds numbers with the noun they count (ANNOTATION.md): "gần 14 nghìn đơn vị y tế", "46.000 liều vaccine",
/// "hơn 1,5 tỷ đồng", "chín triệu trẻ", money with its currency. Durations, ages, percentages, ordinals,
/// anniversaries, clock times, dates, labels, vague and referential quantities are not counts. The same quantity
/// written twice is reported once. One left-to-right scan, linear in the text, with no regular expressions.
/// </summary>
public static class CountExtractor
{
    /// <summary>Finds the counts of <paramref name="text"/>.</summary>
    /// <param name="text">NFC text; offsets refer to it.</param>
    /// <param name="dates">Dates already found, whose numbers are not counts.</param>
    /// <returns>The counts in text order.</returns>
    public static IReadOnlyList<CountFact> Extract(string text, IReadOnlyList<DateFact> dates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dates);
        var matching = ToneMarks.ToTraditionalPlacement(text);
        var dateSpans = dates.Select(d => (d.Start, End: d.Start + d.Span.Length)).OrderBy(d => d.Start).ToArray();
        var nextDate = 0;
        var counts = new List<CountFact>();
        var seen = new SeenCounts(matching);
        foreach (var number in NumberReader.Scan(matching))
        {
            while (nextDate < dateSpans.Length && dateSpans[nextDate].End <= number.Start)
            {
                nextDate++;
            }

            if (nextDate < dateSpans.Length && dateSpans[nextDate].Start < number.End || IsLabel(matching, number.Start))
            {
                continue;
            }

            if (NounReader.Read(matching, number) is not { } noun || IsReferential(matching, number, noun))
            {
                continue;
            }

            var (qualifier, end) = OpenEnded(matching, number.Start, noun.End) ?? (CountQualifier.Before(matching, number.Start), noun.End);
            if (number.Range && qualifier.Approx == "exact")
            {
                qualifier = qualifier with { Approx = "about" };
            }

            var nounText = text[noun.Start..noun.End];
            if (seen.Add(qualifier.Start, number.Value, noun.Currency, nounText))
            {
                counts.Add(new CountFact(number.Value, qualifier.Approx, nounText, noun.Currency, text[qualifier.Start..end], qualifier.Start));
            }
        }

        return counts;
    }

    /// <summary>"(từ) 3 bệnh mạn tính trở lên" is more than, "trở xuống" less than: the span takes in both ends.</summary>
    private static (CountQualifier Qualifier, int End)? OpenEnded(string text, int numberStart, int nounEnd)
    {
        var (first, firstEnd) = CountText.WordAfter(text, nounEnd);
        var (second, secondEnd) = CountText.WordAfter(text, firstEnd);
        if (first == nounEnd || first == firstEnd || second != firstEnd + 1 || !text.AsSpan(first, firstEnd - first).Equals("trở", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var direction = text.AsSpan(second, secondEnd - second);
        var approx = direction.Equals("lên", StringComparison.OrdinalIgnoreCase) ? "more_than"
            : direction.Equals("xuống", StringComparison.OrdinalIgnoreCase) ? "less_than" : null;
        if (approx is null)
        {
            return null;
        }

        var (from, fromEnd) = CountText.WordBefore(text, numberStart);
        var start = from < fromEnd && text.AsSpan(from, fromEnd - from).Equals("từ", StringComparison.OrdinalIgnoreCase) ? from : numberStart;
        return (new CountQualifier(start, approx), secondEnd);
    }

    /// <summary>"số 175", "lần 2", "quận 5", "hàng trăm": the number names or ranks something, or is vague.</summary>
    private static bool IsLabel(string text, int numberStart)
    {
        var (start, end) = CountText.WordBefore(text, numberStart);
        return start < end && CountWords.Labels.Contains(text.AsSpan(start, end - start));
    }

    /// <summary>"hai bên", "hai nước", "2 bên", "cả hai": a pair that points back to the sides already named, not a count.</summary>
    private static bool IsReferential(string text, ScannedNumber number, CountedNoun noun)
    {
        if (number.Value != 2 || number.Multiplied || noun.Currency is not null || noun.Start == noun.End)
        {
            return false;
        }

        var (start, end) = CountText.WordBefore(text, number.Start);
        if (text.AsSpan(start, end - start).Equals("cả", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var nouns = number.Spelled ? CountWords.Referential : CountWords.ReferentialDigits;
        return nouns.MatchAt(text, noun.Start) > 0;
    }
}
