using System.Globalization;
using System.Text;

namespace Pipeline.Text;

/// <summary>
/// Moves Vietnamese tone marks to one placement. Two spellings coexist in real news:
/// "hoà/khoẻ/thuỷ" (tone on the last vowel) and "hòa/khỏe/thủy" (tone on the first);
/// we match on the second, the one most outlets use.
/// </summary>
public static class ToneMarks
{
    [ThreadStatic]
    private static string? lastInput;

    [ThreadStatic]
    private static string? lastOutput;

    private const int NoTone = -1;

    // The five tone marks as combining characters; other marks (circumflex, breve, horn) belong to the letter.
    private static readonly char[] Tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    private static readonly Dictionary<char, (char Base, int Tone)> Decomposed = BuildDecomposition();
    private static readonly Dictionary<(char Base, int Tone), char> Composed = BuildComposition();

    /// <summary>
    /// Rewrites open syllables ending in "oa", "oe", "uy" so the tone sits on the first vowel
    /// ("hoà" to "hòa", "khoẻ" to "khỏe", "thuỷ" to "thủy"); "quý" keeps its mark because its "u"
    /// belongs to the consonant "qu". Input must be NFC; the length never changes.
    /// </summary>
    /// <param name="text">NFC text.</param>
    /// <returns>The text with one tone placement.</returns>
    public static string ToTraditionalPlacement(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The date, count and partner passes of one analysis each ask for the same text in turn.
        if (ReferenceEquals(text, lastInput) && lastOutput is { } known)
        {
            return known;
        }

        var result = Place(text);
        (lastInput, lastOutput) = (text, result);
        return result;
    }

    private static string Place(string text)
    {
        char[]? buffer = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (TryMoveTone(text, start, i, out var first, out var second))
            {
                buffer ??= text.ToCharArray();
                buffer[i - 2] = first;
                buffer[i - 1] = second;
            }
        }

        return buffer is null ? text : new string(buffer);
    }

    private static bool TryMoveTone(string text, int start, int end, out char first, out char second)
    {
        first = second = default;

        // Only an untoned "o" or "u" before the last letter can take its tone; most words stop here.
        if (end - start < 2 || text[end - 2] is not ('o' or 'O' or 'u' or 'U'))
        {
            return false;
        }

        // A combining mark after the word still belongs to its last vowel ("hoạ" + U+0300, which has no composed
        // form): moving the tone away would leave that mark on a bare vowel, text that NFC composes differently.
        if (end < text.Length && CharUnicodeInfo.GetUnicodeCategory(text[end]) == UnicodeCategory.NonSpacingMark)
        {
            return false;
        }

        var (lastBase, lastTone) = Split(text[end - 1]);
        var (prevBase, prevTone) = Split(text[end - 2]);
        if (lastTone == NoTone || prevTone != NoTone)
        {
            return false;
        }

        var pair = (char.ToLowerInvariant(prevBase), char.ToLowerInvariant(lastBase));
        if (pair is not (('o', 'a') or ('o', 'e') or ('u', 'y')))
        {
            return false;
        }

        if (pair.Item1 == 'u' && end - start >= 3 && char.ToLowerInvariant(text[end - 3]) == 'q')
        {
            return false;
        }

        if (!Composed.TryGetValue((prevBase, lastTone), out first))
        {
            return false;
        }

        second = lastBase;
        return true;
    }

    private static (char Base, int Tone) Split(char c) =>
        Decomposed.TryGetValue(c, out var parts) ? parts : (c, NoTone);

    private static Dictionary<char, (char Base, int Tone)> BuildDecomposition()
    {
        var map = new Dictionary<char, (char Base, int Tone)>();
        for (var code = 0x00C0; code <= 0x1EFF; code++)
        {
            var c = (char)code;
            if (!char.IsLetter(c))
            {
                continue;
            }

            var nfd = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = NoTone;
            var rest = new StringBuilder(nfd.Length);
            foreach (var part in nfd)
            {
                var index = Array.IndexOf(Tones, part);
                if (index >= 0)
                {
                    tone = index;
                }
                else
                {
                    rest.Append(part);
                }
            }

            var baseText = rest.ToString().Normalize(NormalizationForm.FormC);
            if (tone != NoTone && baseText.Length == 1)
            {
                map[c] = (baseText[0], tone);
            }
        }

        return map;
    }

    private static Dictionary<(char Base, int Tone), char> BuildComposition()
    {
        var map = new Dictionary<(char Base, int Tone), char>();
        foreach (var (composed, parts) in Decomposed)
        {
            var recomposed = string.Concat(parts.Base.ToString(), Tones[parts.Tone].ToString(CultureInfo.InvariantCulture))
                .Normalize(NormalizationForm.FormC);
            if (recomposed.Length == 1 && recomposed[0] == composed)
            {
                map[parts] = composed;
            }
        }

        return map;
    }
}
