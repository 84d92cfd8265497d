namespace Pipeline.Text;

/// <summary>Vietnamese syllables (and numbers, "1.500" and "1,5" kept whole) with their offsets.</summary>
public static class SyllableTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <param name="text">NFC text.</param>
    /// <returns>Each syllable or number with its offset.</returns>
    public static IReadOnlyList<(string Text, int Start)> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<(string Text, int Start)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))))
            {
                i++;
            }

            tokens.Add((text[start..i], start));
        }

        return tokens;
    }
}
