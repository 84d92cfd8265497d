namespace Pipeline.Text;

/// <summary>
/// Whether a word can be one Vietnamese syllable: an onset, a vowel cluster and a final from the closed sets
/// of Vietnamese spelling. Foreign names break these rules ("Kyushu", "Sheba", "Charité", "Monash"), so a
/// capitalised word that is not a syllable marks a foreign name without any list of foreign names.
/// </summary>
public static class VietnameseSyllable
{
    // Longest first, so "ngh" is tried before "ng" and "n".
    private static readonly string[] Onsets =
        ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", string.Empty];

    private static readonly string[] Finals = ["ng", "nh", "ch", "c", "m", "n", "p", "t", string.Empty];

    // Vowel clusters after diacritic folding (so "ươ" is "uo"), with "i"/"y"/"o"/"u" as semivowel finals included.
    private static readonly HashSet<string> Vowels = new(StringComparer.Ordinal)
    {
        "a", "e", "i", "o", "u", "y",
        "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye",
        "ieu", "yeu", "oai", "oao", "oay", "oeo", "uay", "uoi", "uou", "uya", "uye", "uyu", "uai",
    };

    /// <summary>A capitalised word of two or more letters, not an acronym, that Vietnamese spelling cannot produce ("Kyushu", "Sheba").</summary>
    /// <param name="word">One word of a name.</param>
    /// <returns>True when the word marks a foreign name.</returns>
    public static bool IsForeignNameWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length >= 2 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && word.All(char.IsLetter) && !IsSyllable(word);
    }

    /// <summary>Whether <paramref name="word"/> is spelled like one Vietnamese syllable (case and diacritics ignored).</summary>
    /// <param name="word">One word without spaces or punctuation.</param>
    /// <returns>True when some onset, vowel cluster and final spell it.</returns>
    public static bool IsSyllable(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length is 0 or > 8)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[8];
        for (var i = 0; i < word.Length; i++)
        {
            // Folding first and lowering ASCII after avoids a culture case mapping per letter.
            var letter = DiacriticFolding.FoldChar(word[i]);
            if (letter is >= 'A' and <= 'Z')
            {
                letter = (char)(letter + ('a' - 'A'));
            }

            if (letter is >= 'a' and <= 'z')
            {
                buffer[i] = letter;
            }
            else
            {
                return false;
            }
        }

        var folded = new string(buffer[..word.Length]);
        foreach (var onset in Onsets)
        {
            if (!folded.StartsWith(onset, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var final in Finals)
            {
                var vowelLength = folded.Length - onset.Length - final.Length;
                if (vowelLength > 0 && folded.EndsWith(final, StringComparison.Ordinal) && Vowels.Contains(folded.Substring(onset.Length, vowelLength)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
