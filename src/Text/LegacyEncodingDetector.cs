using System.Buffers;

namespace Pipeline.Text;

/// <summary>
/// Recognises Vietnamese text typed in the legacy TCVN3 (ABC) or VNI-Windows fonts and read as Windows-1252: "Hµ Néi"
/// or "Haø Noäi" for "Hà Nội". Such text cannot be matched and must be reported, not analysed silently.
/// </summary>
/// <remarks>
/// Read as Windows-1252, neither font can produce the letters only Unicode Vietnamese uses (ă, đ, ơ, ư, ĩ, ũ and the
/// U+1EA0–U+1EF9 block), while well-formed Vietnamese is full of them; so a text that has them is never legacy, and
/// a foreign name with "ö" or "ø" in a Unicode article cannot tip the balance. The evidence for each font is what
/// the other and Unicode never write: TCVN3's symbols for frequent letters (µ for à, ® for đ, ª for ê) inside a word,
/// and VNI's tone marks that are no Vietnamese letter (ø, û, ï, ä, å, ë, ü) written after a vowel ("aø", "oä").
/// </remarks>
public static class LegacyEncodingDetector
{
    /// <summary>Less evidence than this is noise: a stray symbol or a foreign name.</summary>
    private const int MinEvidence = 5;

    /// <summary>Legacy text shows evidence in most words; this many words per piece of evidence at most.</summary>
    private const int MaxWordsPerEvidence = 20;

    // TCVN3 codes for letters that VNI never writes and that are not Unicode Vietnamese letters (the soft hyphen, TCVN3's
    // ư, is left out: web pages use it as a hyphenation hint).
    private const string Tcvn3Letters = "µ¸¶·¹¨»¾¼½©Ç®ÐªÞßç÷þ«¬¡¢£¤¥¦§";

    // VNI marks after a vowel that no Vietnamese letter is: ø (huyền), û (hỏi), ï (nặng), ä, å, ë, ü and their capitals.
    private const string VniMarks = "øûïäåëüØÛÏÄÅËÜ";
    private const string VniBases = "aeiouyAEIOUYôöÔÖ";

    private static readonly SearchValues<char> Tcvn3 = SearchValues.Create(Tcvn3Letters);
    private static readonly SearchValues<char> Vni = SearchValues.Create(VniMarks);
    private static readonly SearchValues<char> Bases = SearchValues.Create(VniBases);

    /// <summary>"TCVN3", "VNI" or null when the text looks like Unicode Vietnamese (or not Vietnamese at all).</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The legacy encoding the text seems typed in.</returns>
    public static string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int words = 0, unicode = 0, tcvn3 = 0, vni = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : ' ';
            if (char.IsLetter(c) && !char.IsLetter(previous))
            {
                words++;
            }

            if (IsVietnameseOnly(c))
            {
                unicode++;
            }
            else if (Tcvn3.Contains(c) && (InWord(previous) || (i + 1 < text.Length && InWord(text[i + 1]))))
            {
                tcvn3++;
            }
            else if (Vni.Contains(c) && Bases.Contains(previous))
            {
                vni++;
            }
        }

        var evidence = Math.Max(tcvn3, vni);
        if (evidence < MinEvidence || evidence <= 2 * unicode || evidence * MaxWordsPerEvidence < words)
        {
            return null;
        }

        return tcvn3 >= vni ? "TCVN3" : "VNI";
    }

    /// <summary>A letter or another TCVN3 code: "®«" (đô) is a word, "© 2025" is not.</summary>
    private static bool InWord(char c) => char.IsLetter(c) || Tcvn3.Contains(c);

    private static bool IsVietnameseOnly(char c) =>
        c is >= '\u1EA0' and <= '\u1EF9' or 'ă' or 'Ă' or 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'ĩ' or 'Ĩ' or 'ũ' or 'Ũ';
}
