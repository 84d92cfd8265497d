using Lucene.Net.Analysis.Miscellaneous;

namespace Pipeline.Indexer.Analysis;

/// <summary>
/// Folds one lowercased syllable the way the folded fields' <see cref="ASCIIFoldingFilter"/> does, so a term taken
/// from one field can be looked up in a folded one.
/// </summary>
internal static class SyllableFolding
{
    /// <summary>
    /// The folded form ("lào" to "lao", "đà" to "da"); ASCII text comes back as it is. A syllable that folding
    /// changes was typed with diacritics, and a search matches it as typed.
    /// </summary>
    /// <param name="syllable">A token as the analyzer emits it.</param>
    /// <returns>The folded token.</returns>
    public static string Fold(string syllable)
    {
        ArgumentNullException.ThrowIfNull(syllable);
        if (IsAscii(syllable))
        {
            return syllable;
        }

        // One character folds to at most four ("ﬃ" to "ffi"), as the filter itself sizes its buffer.
        var input = syllable.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0080')
            {
                return false;
            }
        }

        return true;
    }
}
