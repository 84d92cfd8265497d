using System.Globalization;
using System.Text;

namespace Pipeline.Analysis.Text;

/// <summary>Removes Vietnamese diacritics for accent-insensitive matching ("Hợp tác" to "Hop tac").</summary>
public static class DiacriticFolding
{
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
