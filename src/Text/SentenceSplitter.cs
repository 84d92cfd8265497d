namespace Pipeline.Text;

/// <summary>
/// Splits Vietnamese text into sentences at ". ", "! ", "? " and line ends, but not after the abbreviations
/// Vietnamese news uses before names and places (TP., TS., PGS.TS., BS., ThS., GS., Q., ...), nor inside numbers.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "TP", "Tp", "TS", "PGS", "GS", "BS", "ThS", "Ths", "CN", "KS", "Q", "P", "TT", "BSCKII", "BSCKI", "BSCK", "ĐD", "DS", "NXB", "St", "Mr", "Mrs", "Dr", "Prof",
    };

    /// <summary>The sentences of <paramref name="text"/> as offset and length, trimmed.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>Sentence ranges in order.</returns>
    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<(int Start, int Length)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c == '\n' || (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, i));
            if (end)
            {
                Add(text, sentences, start, c == '\n' ? i : i + 1);
                start = i + 1;
            }
        }

        Add(text, sentences, start, text.Length);
        return sentences;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return Abbreviations.Contains(text[wordStart..dot]);
    }

    private static void Add(string text, List<(int Start, int Length)> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end - start));
        }
    }
}
