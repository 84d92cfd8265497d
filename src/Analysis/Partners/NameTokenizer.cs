namespace Pipeline.Analysis.Partners;

/// <summary>Splits text into <see cref="NameWord"/>s at white space, peeling brackets, quotes and clause punctuation off.</summary>
internal static class NameTokenizer
{
    private static readonly char[] Leading = ['(', '"', '“', '\'', '‘', '['];
    private static readonly char[] Trailing = [',', '.', ';', ':', ')', '"', '”', '!', '?', '\'', '’', ']', '…'];

    // Latin abbreviations inside foreign names keep their full stop ("Klinikum St. Georg").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "St", "Ste", "Dr", "Mt", "Co", "Inc", "Ltd", "Jr", "Sr" };

    /// <summary>The words of a text in order.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its words.</returns>
    public static List<NameWord> Words(string text)
    {
        var words = new List<NameWord>((text.Length / 5) + 4);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var raw = text.AsSpan(start, i - start);
            var core = raw.TrimStart(Leading);
            var leading = raw.Length - core.Length;
            var trimmed = core.Length > 1 ? core.TrimEnd(Trailing) : core;

            // An abbreviation's own full stop ("St.", "TP.") belongs to it; a sentence's full stop does not.
            if (core.Length == trimmed.Length + 1 && core[^1] == '.' && i < text.Length && text[i] == ' ' && (Abbreviations.Contains(trimmed.ToString()) || IsInitials(trimmed, text, i)))
            {
                trimmed = core[..(trimmed.Length + 1)];
            }

            if (trimmed.Length > 0)
            {
                var endsClause = trimmed.Length < core.Length || (i < text.Length && text[i] is '\n' or '\r') || i >= text.Length;

                // Legal style pairs two verbs with a comma inside a name ("Cục Phòng, chống HIV/AIDS").
                if (endsClause && core.Length == trimmed.Length + 1 && core[^1] == ',' && trimmed is "Phòng" or "phòng" && text.AsSpan(i).StartsWith(" chống ", StringComparison.Ordinal))
                {
                    endsClause = false;
                }

                words.Add(new NameWord(trimmed.ToString(), start + leading, endsClause, leading > 0));
            }
        }

        return words;
    }

    /// <summary>
    /// Initials of a person a foreign name honours ("Harvard T.H. Chan"): capitals each with its full stop, and a
    /// capitalised word after them; a sentence rarely ends on such a word.
    /// </summary>
    private static bool IsInitials(ReadOnlySpan<char> trimmed, string text, int after)
    {
        if (trimmed.Length < 3 || after + 1 >= text.Length || !char.IsUpper(text[after + 1]))
        {
            return false;
        }

        for (var k = 0; k < trimmed.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsAsciiLetterUpper(trimmed[k]) : trimmed[k] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
