using System.Text;

namespace Pipeline.Text;

/// <summary>
/// Normalises Vietnamese text for storage and matching. Every operation here keeps the
/// UTF-16 length of NFC input unchanged, except the removal of zero-width characters,
/// so offsets computed on normalised text still point into the stored text.
/// </summary>
public static class VietnameseNormalizer
{
    private static readonly System.Buffers.SearchValues<char> OddPunctuation = System.Buffers.SearchValues.Create("“”„«»‘’‚–—−‒―");

    /// <summary>
    /// "Ð"/"ð" (Icelandic eth, a common mistake) to "Đ"/"đ", zero-width characters removed, exotic spaces turned into
    /// plain spaces, unpaired surrogates and U+FFFE (which NFC refuses) replaced by U+FFFD; then NFC.
    /// </summary>
    /// <param name="text">Any text; decoded pages may carry combining marks (windows-1258).</param>
    /// <returns>The normalised text; normalising it again changes nothing.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The fixes come first: removing a zero-width character between a letter and a combining mark after NFC
        // would leave the pair uncomposed.
        var fixedText = NeedsCharacterFixes(text) ? FixCharacters(text) : text;
        return fixedText.IsNormalized(NormalizationForm.FormC) ? fixedText : fixedText.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The form used for matching: <see cref="Normalize"/> plus one tone-mark placement
    /// (hòa, khỏe, thủy) so that both spellings of a word meet, and one form of quotes and dashes.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns>The text in matching form; same length as <see cref="Normalize"/>'s output.</returns>
    public static string NormalizeForMatching(string text) => UnifyPunctuation(ToneMarks.ToTraditionalPlacement(Normalize(text)));

    /// <summary>Curly and angle quotes to straight ones, dashes and minus signs to "-"; one character for one, so offsets hold.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The text with unified punctuation.</returns>
    public static string UnifyPunctuation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(OddPunctuation) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '“' or '”' or '„' or '«' or '»' => '"',
                    '‘' or '’' or '‚' => '\'',
                    '–' or '—' or '−' or '‒' or '―' => '-',
                    var c => c,
                };
            }
        });
    }

    private static bool NeedsCharacterFixes(string text)
    {
        foreach (var c in text)
        {
            if (c is '\u00D0' or '\u00F0' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\uFFFE'
                || IsOddSpace(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string FixCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\u00D0':
                    builder.Append('\u0110');
                    break;
                case '\u00F0':
                    builder.Append('\u0111');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                case '\uFFFE':
                    builder.Append('\uFFFD');
                    break;
                case var high when char.IsHighSurrogate(high) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    builder.Append(high).Append(text[++i]);
                    break;
                case var lone when char.IsSurrogate(lone):
                    builder.Append('\uFFFD');
                    break;
                default:
                    builder.Append(IsOddSpace(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsOddSpace(char c) =>
        c is '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' || (c >= '\u2000' && c <= '\u200A');
}
