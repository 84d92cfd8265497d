namespace Pipeline.Analysis.Partners;

/// <summary>
/// Finds many names in a text in one pass: names are grouped by their first word, and only the words of the text
/// that open some name are compared. A text is scanned once whatever the number of names, which a loop of
/// <c>IndexOf</c> per name is not. Matching is ordinal (case and diacritics as written) on whole words.
/// </summary>
/// <typeparam name="T">What a name stands for.</typeparam>
internal sealed class AliasMatcher<T>
{
    // A first word opens many names in a large gazetteer ("thành phố ..." for every city); past this many, the names
    // of one first word are also indexed by the character that starts their second word.
    private const int IndexedGroupSize = 8;

    private readonly Dictionary<string, Group> byFirstWord;

    /// <summary>Indexes the names; where one name is given twice the first value wins.</summary>
    /// <param name="names">Names and what each stands for.</param>
    /// <param name="tailIgnoresCase">
    /// Which names match whatever the case of their words after the first, as news write long names in sentence case
    /// ("Tổ chức Y tế thế giới"); null for none. The first word always matches as written.
    /// </param>
    public AliasMatcher(IEnumerable<(string Alias, T Value)> names, Func<string, T, bool>? tailIgnoresCase = null)
    {
        byFirstWord = names.Where(n => n.Alias.Length > 0)
            .DistinctBy(n => n.Alias, StringComparer.Ordinal)
            .GroupBy(n => FirstWord(n.Alias), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Group(g.Key.Length, [.. g.OrderByDescending(n => n.Alias.Length).Select(n => new Alias(n.Alias, n.Value, tailIgnoresCase?.Invoke(n.Alias, n.Value) ?? false))]), StringComparer.Ordinal);
    }

    /// <summary>Every whole-word mention, the longest name at each position, in text order; mentions may overlap.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Start, length and value of each mention.</returns>
    public IEnumerable<(int Start, int Length, T Value)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            if (lookup.TryGetValue(text.AsSpan(i, end - i), out var group))
            {
                foreach (var (alias, value, ignoreCase) in group.At(text, end))
                {
                    var stop = i + alias.Length;
                    if (stop <= text.Length && string.Compare(text, i, alias, 0, alias.Length, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0
                        && (stop == text.Length || !char.IsLetterOrDigit(text[stop])))
                    {
                        yield return (i, alias.Length, value);
                        break;
                    }
                }
            }

            i = end;
        }
    }

    private readonly record struct Alias(string Text, T Value, bool IgnoreCase);

    /// <summary>The names that open with one word, longest first.</summary>
    private sealed class Group
    {
        private readonly Alias[] all;
        private readonly Dictionary<char, Alias[]>? bySecondWord;
        private readonly Alias[] anySecondWord = [];

        public Group(int firstWordLength, Alias[] aliases)
        {
            all = aliases;
            if (aliases.Length <= IndexedGroupSize)
            {
                return;
            }

            // A name compared ordinally matches only where the text has its character one past the first word's end
            // (past the separator). The others (a single word, a tail in any case) may match whatever stands there,
            // so they go in every list; each list keeps the longest-first order.
            var at = firstWordLength + 1;
            bool Indexed(Alias alias) => !alias.IgnoreCase && alias.Text.Length > at;
            anySecondWord = [.. aliases.Where(a => !Indexed(a))];
            bySecondWord = aliases.Where(Indexed).Select(a => a.Text[at]).Distinct()
                .ToDictionary(c => c, c => aliases.Where(a => !Indexed(a) || a.Text[at] == c).ToArray());
        }

        /// <summary>The names that may match where the first word ends at <paramref name="end"/>.</summary>
        public Alias[] At(string text, int end) =>
            bySecondWord is null ? all
            : end + 1 < text.Length && bySecondWord.TryGetValue(text[end + 1], out var some) ? some
            : anySecondWord;
    }

    private static string FirstWord(string alias)
    {
        var end = 0;
        while (end < alias.Length && char.IsLetterOrDigit(alias[end]))
        {
            end++;
        }

        return alias[..end];
    }
}
