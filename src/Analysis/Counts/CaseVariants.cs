namespace Pipeline.Analysis.Counts;

/// <summary>
/// Word lists matched ordinally in the three cases news write words in: as listed (lowercase), with a capital first
/// letter (sentence start) and in capitals (headlines). Ignoring case at lookup time costs an ICU case mapping per
/// Vietnamese word, which on long texts dominated the count scan.
/// </summary>
internal static class CaseVariants
{
    /// <summary>The word as listed, capitalised and in capitals.</summary>
    public static IEnumerable<string> Of(string word)
    {
        yield return word;
        if (word.Length > 0)
        {
            yield return char.ToUpperInvariant(word[0]) + word[1..];
            yield return word.ToUpperInvariant();
        }
    }

    /// <summary>An ordinal dictionary holding every entry under its three cases.</summary>
    public static Dictionary<string, T> Dictionary<T>(Dictionary<string, T> entries) =>
        entries.SelectMany(e => Of(e.Key).Select(k => (Key: k, e.Value)))
            .DistinctBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
