using Pipeline.Text;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// Finds foreign-spelled names written without a Vietnamese head noun and followed by their country in brackets
/// ("Charité - Universitätsmedizin Berlin (Đức)", "Mayo Clinic (Hoa Kỳ)", "Siemens Healthineers (Đức)"): a run of
/// capitalised words that Vietnamese spelling cannot produce, joined by spaces, dashes or Latin connectors. A person's
/// name with a nationality after a title ("ông Peter Müller (Đức)") is not a body, nor is a place, known or after "tại".
/// </summary>
internal static class ForeignNameWithCountry
{
    private const int MaxWords = 8;

    private static readonly char[] PartSeparators = ['-', '\'', '’'];

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "and", "of", "de", "du", "des", "der", "für", "und", "the", "&", "la", "le", "St.", "Saint" };

    // Words before a name that make it a person's: forms of address, titles and their last syllables ("chuyên gia", "Giáo sư").
    internal static readonly HashSet<string> PersonTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "ông", "bà", "anh", "chị", "ngài", "gia", "sĩ", "sư", "sứ", "GS", "TS", "PGS", "BS", "ThS", "Dr", "Mr", "Mrs", "Ms", "Prof", "em", "bé", "cháu",
        "trưởng", "đốc", "tịch", "viên", "diện", "tướng", "nhân", "tác", "giả",
    };

    // Words before a name that make it where something happens ("tại Bad Schmiedeberg (Đức)"), often a town.
    private static readonly HashSet<string> Locators = new(StringComparer.OrdinalIgnoreCase) { "tại", "ở", "sang", "đến", "tới" };

    /// <summary>The names, each with the offset just past it (before the bracket) and its country's code.</summary>
    /// <param name="text">The (tone-normalised) text.</param>
    /// <param name="countryByAlias">Country names as written to codes.</param>
    /// <param name="isPlace">Whether a name is a known place (it locates, it is no body).</param>
    /// <returns>Start, end and country code of each name, in text order.</returns>
    public static IEnumerable<(int Start, int End, string Code)> Find(string text, IReadOnlyDictionary<string, string> countryByAlias, Func<string, bool> isPlace)
    {
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            // The search for the bracket's end is bounded: a text of unclosed brackets must stay linear.
            var close = text.IndexOf(')', open, Math.Min(33, text.Length - open));
            if (close < 0 || !countryByAlias.TryGetValue(text[(open + 1)..close].Trim(), out var code) || code == "VN")
            {
                continue;
            }

            if (NameBefore(text, open) is { } name && !isPlace(text[name.Start..name.End]) && !countryByAlias.ContainsKey(text[name.Start..name.End]))
            {
                yield return (name.Start, name.End, code);
            }
        }
    }

    /// <summary>The foreign name ending right before the bracket at <paramref name="open"/>, or null.</summary>
    private static (int Start, int End)? NameBefore(string text, int open)
    {
        var end = open;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        var foreign = 0;
        var cursor = end;
        for (var words = 0; words < MaxWords; words++)
        {
            var wordEnd = cursor;
            var wordStart = wordEnd;
            while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or ')' or ',' or '"' or '“' or '”'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd)
            {
                break;
            }

            var word = text[wordStart..wordEnd];
            var isForeign = IsForeign(word);
            var isJoin = word is "-" or "–" || Connectors.Contains(word);
            if (!isForeign && !isJoin)
            {
                break;
            }

            if (isForeign)
            {
                foreign++;
                start = wordStart;
            }

            cursor = wordStart;
            while (cursor > 0 && text[cursor - 1] == ' ')
            {
                cursor--;
            }

            if (cursor == wordStart)
            {
                break;
            }
        }

        if (foreign == 0 || start == end)
        {
            return null;
        }

        var previous = PreviousWord(text, start);
        return previous is not null && (PersonTitles.Contains(previous) || Locators.Contains(previous)) ? null : (start, end);
    }

    /// <summary>A capitalised foreign-spelled word, with its apostrophes and hyphens ("Universitätsmedizin", "Mary's", "Saint-Louis").</summary>
    private static bool IsForeign(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        return HasForeignPart(word) && word.Split(PartSeparators).All(p => p.Length == 0 || p.All(char.IsLetter));
    }

    /// <summary>Whether a part of a word between hyphens and apostrophes is spelled foreign ("Saint-Louis", "Mary's").</summary>
    /// <param name="word">One word.</param>
    /// <returns>True when a part of two letters or more cannot be a Vietnamese syllable.</returns>
    public static bool HasForeignPart(string word)
    {
        if (HighlandWord.Is(word))
        {
            return false;
        }

        // Most words have no parts: no split, no allocation.
        return word.AsSpan().IndexOfAny(PartSeparators) < 0
            ? word.Length >= 2 && VietnameseSyllable.IsForeignNameWord(word)
            : word.Split(PartSeparators).Any(p => p.Length >= 2 && VietnameseSyllable.IsForeignNameWord(p));
    }

    private static string? PreviousWord(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end ? text[start..end] : null;
    }
}
