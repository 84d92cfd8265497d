namespace Pipeline.Analysis.Counts;

/// <summary>
/// Remembers the counts already reported so a quantity written twice is reported once. A repeat has the same value,
/// currency and head word: "120 tủ lạnh bảo quản vaccine" and later "120 tủ lạnh năng lượng mặt trời" are one count.
/// Within one sentence different nouns are different items of a list ("1 máy siêu âm, 1 máy X-quang"), so there only
/// a noun that is the other's word prefix repeats it. Counts must be added in text order.
/// </summary>
internal sealed class SeenCounts(string text)
{
    private const int MaxNounWords = 16;

    private readonly Dictionary<string, int> sentenceOfHead = new(StringComparer.Ordinal);
    private readonly HashSet<string> nouns = new(StringComparer.Ordinal);
    private readonly HashSet<string> prefixes = new(StringComparer.Ordinal);
    private int scanned;
    private int sentence;

    /// <summary>Records a count found at <paramref name="start"/>; false when it repeats one already recorded.</summary>
    public bool Add(int start, decimal value, string? currency, string noun)
    {
        for (; scanned < start; scanned++)
        {
            if (text[scanned] is '.' or '!' or '?' or '\n' && (scanned + 1 == text.Length || !char.IsLetterOrDigit(text[scanned + 1])))
            {
                sentence++;
            }
        }

        var key = $"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{currency}|";
        var words = Lower(noun).Split(' ', MaxNounWords + 1, StringSplitOptions.RemoveEmptyEntries);
        var keys = new string[Math.Min(words.Length, MaxNounWords) + 1];
        keys[0] = key;
        for (var i = 1; i < keys.Length; i++)
        {
            keys[i] = keys[i - 1] + (i == 1 ? string.Empty : " ") + words[i - 1];
        }

        var head = keys.Length > 1 ? keys[1] : keys[0];
        if (sentenceOfHead.TryGetValue(head, out var earlier) && earlier != sentence || prefixes.Contains(keys[^1]) || keys.Any(nouns.Contains))
        {
            return false;
        }

        sentenceOfHead[head] = sentence;
        nouns.Add(keys[^1]);
        prefixes.UnionWith(keys);
        return true;
    }

    /// <summary>The noun in lowercase; nouns are almost always lowercase already, and casing Vietnamese costs a table lookup per letter.</summary>
    private static string Lower(string noun)
    {
        foreach (var c in noun)
        {
            if (char.IsUpper(c))
            {
                return noun.ToLowerInvariant();
            }
        }

        return noun;
    }
}
