namespace Pipeline.Analysis.Counts;

/// <summary>The approximation word before a number ("gần", "hơn", "khoảng", "chưa đến", "tương đương") and where the count's span starts.</summary>
/// <param name="Start">Where the span starts: the qualifier, or the number itself.</param>
/// <param name="Approx">"exact", "about", "more_than" or "less_than".</param>
internal sealed record CountQualifier(int Start, string Approx)
{
    private static readonly Dictionary<string, string> Words = CaseVariants.Dictionary(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["gần"] = "less_than", ["dưới"] = "less_than", ["ngót"] = "less_than", ["chưa đến"] = "less_than", ["chưa tới"] = "less_than",
        ["hơn"] = "more_than", ["trên"] = "more_than", ["nhiều hơn"] = "more_than", ["ít nhất"] = "more_than",
        ["khoảng"] = "about", ["chừng"] = "about", ["tương đương"] = "about", ["xấp xỉ"] = "about",
    });

    /// <summary>The qualifier of the number starting at <paramref name="numberStart"/>.</summary>
    public static CountQualifier Before(string text, int numberStart)
    {
        var (start, end) = CountText.WordBefore(text, numberStart);
        if (start == end)
        {
            return new CountQualifier(numberStart, "exact");
        }

        var (pairStart, pairEnd) = CountText.WordBefore(text, start);
        if (pairStart < pairEnd && pairEnd + 1 == start)
        {
            var pair = text[pairStart..end];
            if (Words.TryGetValue(pair, out var approx))
            {
                return new CountQualifier(pairStart, approx);
            }

            // An estimate ("ước tính 500", "ước tính có 500", also typed "uớc") is approximate, but the words stay out of the span.
            if (IsEstimate(pair))
            {
                return new CountQualifier(numberStart, "about");
            }
        }

        if (Words.TryGetValue(text[start..end], out var single))
        {
            return new CountQualifier(start, single);
        }

        if (text.AsSpan(start, end - start).Equals("có", StringComparison.OrdinalIgnoreCase) && pairStart < pairEnd)
        {
            var (firstStart, _) = CountText.WordBefore(text, pairStart);
            if (firstStart < pairStart && IsEstimate(text[firstStart..pairEnd]))
            {
                return new CountQualifier(numberStart, "about");
            }
        }

        return new CountQualifier(numberStart, "exact");
    }

    private static bool IsEstimate(string words)
    {
        const string Folded = "uoc tinh";
        if (words.Length != Folded.Length)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (char.ToLowerInvariant(Text.DiacriticFolding.FoldChar(words[i])) != Folded[i])
            {
                return false;
            }
        }

        return true;
    }
}
