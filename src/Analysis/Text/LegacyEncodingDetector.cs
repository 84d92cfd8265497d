namespace Pipeline.Analysis.Text;

/// <summary>
/// Recognises Vietnamese text typed in the legacy TCVN3 (ABC) or VNI fonts and read as Windows-1252: "Hµ Néi"
/// or "Haø Noäi" for "Hà Nội". Such text cannot be matched and must be reported, not analysed silently.
/// </summary>
public static class LegacyEncodingDetector
{
    // TCVN3 puts toned vowels on Latin-1 symbols; VNI writes vowel + mark as two letters, the mark being one of these.
    private const string Tcvn3Marks = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞ«ßãáâä¬åèæçé­êíëìîïóñòôõøöù÷ûþúü";
    private const string VniMarks = "øùûõïäåæçëéèêìîöôòóñ";

    /// <summary>"TCVN3", "VNI" or null when the text looks like Unicode Vietnamese (or not Vietnamese at all).</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The legacy encoding the text seems typed in.</returns>
    public static string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int letters = 0, vietnamese = 0, tcvn3 = 0, vni = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c) && !Tcvn3Marks.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            letters++;
            if (c >= '\u1EA0' && c <= '\u1EF9' || c is 'đ' or 'Đ' or 'ơ' or 'ư' or 'ă')
            {
                vietnamese++;
            }
            else if (c is 'µ' or '¸' or '¶' or '·' or '¹' or '¨' or '©' or '®' or 'ª' or '«' or '¬' or '­')
            {
                tcvn3++;
            }
            else if (i > 0 && char.IsAsciiLetter(text[i - 1]) && VniMarks.Contains(c, StringComparison.Ordinal))
            {
                vni++;
            }
        }

        if (letters < 20 || vietnamese * 4 > letters)
        {
            return null;
        }

        var share = Math.Max(tcvn3, vni) / (double)letters;
        return share < 0.02 ? null : tcvn3 >= vni ? "TCVN3" : "VNI";
    }
}
