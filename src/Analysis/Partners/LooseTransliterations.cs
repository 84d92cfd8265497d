using Pipeline.Text;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// Finds Lao, Khmer, Thai and Burmese place names spelled otherwise than a gazetteer lists them. Outlets transliterate
/// such names by ear, so one province comes with other tones, vowels and consonant letters ("Luông Nặm Thà", "Luông
/// Nậm Tha"; "Sa-la-van", "Xa-la-van"; "Phông-xa-lỳ", "Phongsali"); <see cref="TransliterationForms"/> varies only the
/// separators. Names are compared by a loose key: letters without diacritics, case or separators, with the letters
/// transliterations swap merged (x/s, y/i, c/k, ou/u). Only names of two syllables or more, or one word that is no
/// Vietnamese syllable, written capitalised, are read, and a key that is also a Vietnamese province's, a country's or
/// another place's is left out, so that loose matching cannot turn a Vietnamese name foreign.
/// </summary>
internal sealed class LooseTransliterations
{
    private const int MaxSyllables = 6;
    private const int MinKeyLength = 6;
    private const int MaxKeyLength = 48;

    private readonly Dictionary<string, GazetteerEntry> byKey;
    private readonly HashSet<string> openings;

    /// <summary>Indexes the loose keys of the places' aliases.</summary>
    /// <param name="places">Transliterated places (cities and provinces of Laos, Cambodia, Thailand, Myanmar).</param>
    /// <param name="taken">Names whose keys no place may take: Vietnamese provinces, countries, other foreign places.</param>
    public LooseTransliterations(IEnumerable<GazetteerEntry> places, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(taken);
        var excluded = taken.Select(Key).ToHashSet(StringComparer.Ordinal);
        var candidates = places.SelectMany(p => p.Aliases.Select(a => (Key: Key(a), Alias: a, Place: p)))
            .Where(c => c.Key.Length >= MinKeyLength && !excluded.Contains(c.Key))
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .Where(g => g.Select(c => c.Place.Key).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToList();
        byKey = candidates.ToDictionary(g => g.Key, g => g.First().Place, StringComparer.Ordinal);
        openings = candidates.SelectMany(g => g.Select(c => Key(c.Alias.Split(' ', '-')[0]))).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every loosely spelled mention, the longest at each position, in text order.</summary>
    /// <param name="text">The (tone-normalised) text.</param>
    /// <returns>Start, length and place of each mention.</returns>
    public IEnumerable<(int Start, int Length, GazetteerEntry Place)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int, int, GazetteerEntry)>();
        var keyLookup = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var openingLookup = openings.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[MaxKeyLength];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsUpper(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var wordEnd = WordEnd(text, i);
            var length = AppendKey(text.AsSpan(i, wordEnd - i), key, 0);
            if (length < 0 || !openingLookup.Contains(key[..length]))
            {
                i = wordEnd;
                continue;
            }

            (int End, GazetteerEntry Place)? best = null;
            var syllables = 1;
            var end = wordEnd;
            while (true)
            {
                if (length >= MinKeyLength && keyLookup.TryGetValue(key[..length], out var place) && (syllables > 1 || !VietnameseSyllable.IsSyllable(text[i..end].ToLowerInvariant())))
                {
                    best = (end, place);
                }

                if (syllables == MaxSyllables || NextSyllable(text, end) is not { } next)
                {
                    break;
                }

                var nextEnd = WordEnd(text, next);
                length = AppendKey(text.AsSpan(next, nextEnd - next), key, length);
                if (length < 0)
                {
                    break;
                }

                syllables++;
                end = nextEnd;
            }

            if (best is { } match)
            {
                found.Add((i, match.End - i, match.Place));
                i = match.End;
            }
            else
            {
                i = wordEnd;
            }
        }

        return found;
    }

    /// <summary>The loose key of a name.</summary>
    /// <param name="name">A name as written.</param>
    /// <returns>Its key; empty when it is too long to be a place's.</returns>
    internal static string Key(string name)
    {
        Span<char> key = stackalloc char[MaxKeyLength];
        var length = AppendKey(name, key, 0);
        return length < 0 ? string.Empty : new string(key[..length]);
    }

    /// <summary>Appends the loose key of <paramref name="word"/> to the key so far; -1 when the key would be too long.</summary>
    private static int AppendKey(ReadOnlySpan<char> word, Span<char> key, int length)
    {
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(DiacriticFolding.FoldChar(raw));
            if (c is < 'a' or > 'z')
            {
                continue;
            }

            c = c switch
            {
                'x' => 's',
                'y' => 'i',
                'c' => 'k',
                _ => c,
            };

            // French romanisation writes "ou" for the vowel Vietnamese writes "u" ("Louangphabang").
            if (c == 'u' && length > 0 && key[length - 1] == 'o')
            {
                key[length - 1] = 'u';
                continue;
            }

            if (length == key.Length)
            {
                return -1;
            }

            key[length++] = c;
        }

        return length;
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Where the next syllable of a name starts: after a hyphen (any case) or one space (capitalised); else null.</summary>
    private static int? NextSyllable(string text, int end)
    {
        if (end + 1 >= text.Length)
        {
            return null;
        }

        return text[end] switch
        {
            '-' when char.IsLetter(text[end + 1]) => end + 1,
            ' ' when char.IsUpper(text[end + 1]) => end + 1,
            _ => null,
        };
    }
}
