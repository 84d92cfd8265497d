namespace Pipeline.Analysis.Partners;

/// <summary>
/// Finds many names in a text in one pass: names are grouped by their first word, and only the words of the text
/// that open some name are compared. A text is scanned once whatever the number of names, which a loop of
/// <c>IndexOf</c> per name is not. Matching is ordinal (case and diacritics as written) on whole words.
/// </summary>
/// <typeparam name="T">What a name stands for.</typeparam>
internal sealed class AliasMatcher<T>
{
    private readonly Dictionary<string, (string Alias, T Value, bool IgnoreCase)[]> byFirstWord;

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
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Alias.Length).Select(n => (n.Alias, n.Value, tailIgnoresCase?.Invoke(n.Alias, n.Value) ?? false)).ToArray(), StringComparer.Ordinal);
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

            if (lookup.TryGetValue(text.AsSpan(i, end - i), out var candidates))
            {
                foreach (var (alias, value, ignoreCase) in candidates)
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
