namespace Pipeline.Analysis.Partners;

/// <summary>
/// Reads foreign institutions named as examples of a kind ("các trường đại học của Mỹ như Stanford, Yale và Duke"):
/// after a plural institution noun and "như", each capitalised item of the list with a foreign-spelled word is an
/// institution of that kind, of the country the phrase names if it names one. Vietnamese items are left to the
/// institution scanner.
/// </summary>
internal static class ExampleListNames
{
    private const int MaxPhrase = 80;
    private const int MaxItems = 8;

    private static readonly string[] Kinds =
    [
        "các trường đại học", "các đại học", "các trường", "các bệnh viện", "các tổ chức", "các viện", "các trung tâm", "các quỹ", "các tập đoàn",
        "các công ty", "các hãng", "các cơ sở y tế",
    ];

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "de", "du", "des", "der", "the", "&", "St." };

    /// <summary>The listed names with the code of the country the phrase names (or null).</summary>
    /// <param name="text">The (tone-normalised) text.</param>
    /// <param name="countryIn">The code of the first country named in a piece of text, or null.</param>
    /// <returns>Start, end and country code of each name, in text order.</returns>
    public static IEnumerable<(int Start, int End, string? Code)> Find(string text, Func<string, string?> countryIn)
    {
        const string Such = " như ";
        for (var at = text.IndexOf(Such, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Such, at + 1, StringComparison.Ordinal))
        {
            var from = Math.Max(0, at - MaxPhrase);
            var clauseStart = text.LastIndexOfAny(['.', ';', '\n', '!', '?'], at, at - from) + 1;
            var phrase = text.AsSpan(Math.Max(from, clauseStart), at - Math.Max(from, clauseStart));
            var kind = -1;
            foreach (var candidate in Kinds)
            {
                kind = Math.Max(kind, phrase.LastIndexOf(candidate, StringComparison.OrdinalIgnoreCase));
            }

            if (kind < 0)
            {
                continue;
            }

            var code = countryIn(phrase[kind..].ToString());
            foreach (var (start, end) in Items(text, at + Such.Length))
            {
                yield return (start, end, code);
            }
        }
    }

    /// <summary>The items of a list starting at <paramref name="at"/> that carry a foreign-spelled word.</summary>
    private static List<(int Start, int End)> Items(string text, int at)
    {
        var items = new List<(int, int)>();
        var position = at;
        for (var count = 0; count < MaxItems; count++)
        {
            var (start, end, foreign) = Item(text, position);
            if (end == start)
            {
                break;
            }

            if (foreign)
            {
                items.Add((start, end));
            }

            // The next item follows ", ", " và " or " hoặc "; anything else ends the list.
            var rest = text.AsSpan(end);
            var gap = rest.StartsWith(", ") ? 2 : rest.StartsWith(" và ") ? 4 : rest.StartsWith(" hoặc ") ? 6 : 0;
            if (gap == 0)
            {
                break;
            }

            position = end + gap;
        }

        return items;
    }

    /// <summary>One item: capitalised words and Latin connectors, ending on a capitalised word.</summary>
    private static (int Start, int End, bool Foreign) Item(string text, int at)
    {
        var end = at;
        var foreign = false;
        var position = at;
        while (position < text.Length)
        {
            var wordEnd = position;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && text[wordEnd] is not (',' or '.' or ';' or ')' or '(' or ':'))
            {
                wordEnd++;
            }

            // "St." keeps its full stop.
            if (wordEnd < text.Length && text[wordEnd] == '.' && text.AsSpan(position, wordEnd - position) is "St")
            {
                wordEnd++;
            }

            if (wordEnd == position)
            {
                break;
            }

            var word = text[position..wordEnd];
            if (char.IsUpper(word[0]))
            {
                foreign |= ForeignNameWithCountry.HasForeignPart(word);
                end = wordEnd;
            }
            else if (!Connectors.Contains(word))
            {
                break;
            }

            if (wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            position = wordEnd + 1;
        }

        return (at, end, foreign && end > at);
    }
}
