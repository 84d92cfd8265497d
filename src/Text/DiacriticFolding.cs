using System.Globalization;
using System.Text;

namespace Pipeline.Text;

/// <summary>Removes Vietnamese diacritics for accent-insensitive matching ("Hợp tác" to "Hop tac").</summary>
public static class DiacriticFolding
{
    // Every character's folded form in one table (128 KiB): precomposed Latin letters map to their base letter.
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>Folds one character: a precomposed Latin letter to its base letter ("ệ" to "e", "Đ" to "D"), anything else unchanged.</summary>
    /// <param name="c">A character of NFC text.</param>
    /// <returns>The folded character.</returns>
    public static char FoldChar(char c) => FoldTable[c];

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (char)c;
        }

        foreach (var code in Enumerable.Range(0x00C0, 0x0250 - 0x00C0).Concat(Enumerable.Range(0x1E00, 0x100)))
        {
            var c = (char)code;
            var folded = char.IsLetter(c) ? Fold(c.ToString()) : string.Empty;
            if (folded.Length == 1 && char.IsAsciiLetter(folded[0]))
            {
                table[c] = folded[0];
            }
        }

        return table;
    }

    /// <summary>Folds every letter to its base Latin letter; "đ" becomes "d". Length may shrink only for non-NFC input.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                    continue;
                default:
                    builder.Append(c switch
                    {
                        '\u0111' or '\u00F0' => 'd',
                        '\u0110' or '\u00D0' => 'D',
                        _ => c,
                    });
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
