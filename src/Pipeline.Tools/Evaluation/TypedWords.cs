using System.Text;
using Pipeline.Text;

namespace Pipeline.Evaluation;

/// <summary>
/// Judges whether a text contains a query's words as typed: a word typed with diacritics only in that spelling, one
/// typed without in any accented form, each after NFC, one tone placement and lowercasing; a quoted phrase as
/// adjacent words. Operators are skipped and every other word is required, as the search's default AND does.
/// Written independently of the index, so it can judge what the search matched.
/// </summary>
internal sealed class TypedWords
{
    private readonly List<string[]> phrases;

    private TypedWords(List<string[]> phrases, bool accented)
    {
        this.phrases = phrases;
        Accented = accented;
    }

    /// <summary>Whether any word of the query carries diacritics.</summary>
    public bool Accented { get; }

    /// <summary>Reads a query: quoted phrases, and loose words each on its own.</summary>
    /// <param name="query">What the user typed.</param>
    /// <returns>The judge for that query.</returns>
    public static TypedWords Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var phrases = new List<string[]>();
        var parts = query.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                phrases.Add(Syllables(parts[i]));
                continue;
            }

            foreach (var chunk in parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (chunk is not ("AND" or "OR" or "NOT" or "&&" or "||"))
                {
                    phrases.AddRange(Syllables(chunk).Select(s => new[] { s }));
                }
            }
        }

        phrases.RemoveAll(p => p.Length == 0);
        return new TypedWords(phrases, phrases.Any(p => p.Any(s => Fold(s) != s)));
    }

    /// <summary>The syllables of a text in matching form, lowercased.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The syllables in order.</returns>
    public static string[] Syllables(string text)
    {
        var normal = VietnameseNormalizer.NormalizeForMatching(text).ToLowerInvariant();
        var syllables = new List<string>();
        var current = new StringBuilder();
        foreach (var c in normal)
        {
            if (char.IsLetterOrDigit(c) || c is >= '\u0300' and <= '\u036F')
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                syllables.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            syllables.Add(current.ToString());
        }

        return [.. syllables];
    }

    /// <summary>A text's parts (headline, lead, body) as <see cref="Syllables"/> gives them, and folded.</summary>
    /// <param name="parts">The parts; null ones are skipped.</param>
    /// <returns>Each part's syllables and their folded forms.</returns>
    public static IReadOnlyList<(string[] Syllables, string[] Folded)> Prepare(params string?[] parts) =>
        [.. parts.OfType<string>().Select(Syllables).Select(s => (s, s.Select(Fold).ToArray()))];

    /// <summary>Whether every word and phrase of the query stands in one of the parts (a phrase never spans two).</summary>
    /// <param name="parts">The text from <see cref="Prepare"/>.</param>
    /// <returns>True when the text contains the query as typed.</returns>
    public bool FoundIn(IReadOnlyList<(string[] Syllables, string[] Folded)> parts) =>
        phrases.Count > 0 && phrases.All(p => parts.Any(part => Contains(part.Syllables, part.Folded, p)));

    private static bool Contains(string[] syllables, string[] folded, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= syllables.Length; start++)
        {
            var all = true;
            for (var i = 0; i < phrase.Length && all; i++)
            {
                // A word typed without diacritics is its own folded form.
                all = string.Equals(syllables[start + i], phrase[i], StringComparison.Ordinal)
                    || string.Equals(folded[start + i], phrase[i], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static string Fold(string syllable) => DiacriticFolding.Fold(syllable);
}
