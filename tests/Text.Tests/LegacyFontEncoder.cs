using System.Text;

namespace Pipeline.Text.Tests;

/// <summary>
/// Writes Unicode Vietnamese as the legacy fonts store it, read back as Windows-1252: TCVN3 (ABC) puts every
/// toned vowel on one Latin-1 code ("à" is 0xB5 'µ'), VNI-Windows writes the base vowel followed by a mark
/// character ("à" is "aø"). Capitals with a tone are typed in TCVN3's capital fonts with the lowercase codes.
/// </summary>
internal static class LegacyFontEncoder
{
    // Per vowel series: the bare letter, then huyền, sắc, hỏi, ngã, nặng.
    private const string Bases = "aăâeêioôơuưy";
    private static readonly char[] Tones = ['\0', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

    private static readonly string[][] Tcvn3 =
    [
        ["a", "µ", "¸", "¶", "·", "¹"], ["¨", "»", "¾", "¼", "½", "Æ"], ["©", "Ç", "Ê", "È", "É", "Ë"],
        ["e", "Ì", "Ð", "Î", "Ï", "Ñ"], ["ª", "Ò", "Õ", "Ó", "Ô", "Ö"], ["i", "×", "Ý", "Ø", "Ü", "Þ"],
        ["o", "ß", "ã", "á", "â", "ä"], ["«", "å", "è", "æ", "ç", "é"], ["¬", "ê", "í", "ë", "ì", "î"],
        ["u", "ï", "ó", "ñ", "ò", "ô"], ["\u00AD", "õ", "ø", "ö", "÷", "ù"], ["y", "ú", "ý", "û", "ü", "þ"],
    ];

    private static readonly string[][] Vni =
    [
        ["a", "aø", "aù", "aû", "aõ", "aï"], ["aê", "aè", "aé", "aú", "aü", "aë"], ["aâ", "aà", "aá", "aå", "aã", "aä"],
        ["e", "eø", "eù", "eû", "eõ", "eï"], ["eâ", "eà", "eá", "eå", "eã", "eä"], ["i", "ì", "í", "æ", "ó", "ò"],
        ["o", "oø", "où", "oû", "oõ", "oï"], ["oâ", "oà", "oá", "oå", "oã", "oä"], ["ô", "ôø", "ôù", "ôû", "ôõ", "ôï"],
        ["u", "uø", "uù", "uû", "uõ", "uï"], ["ö", "öø", "öù", "öû", "öõ", "öï"], ["y", "yø", "yù", "yû", "yõ", "î"],
    ];

    // TCVN3's untoned capitals with a mark have codes of their own.
    private static readonly Dictionary<char, string> Tcvn3Capitals = new()
    {
        ['Ă'] = "¡", ['Â'] = "¢", ['Ê'] = "£", ['Ô'] = "¤", ['Ơ'] = "¥", ['Ư'] = "¦", ['Đ'] = "§",
    };

    private static readonly Dictionary<char, string> ToTcvn3 = Build(Tcvn3, capitals: c => Tcvn3Capitals.GetValueOrDefault(c), 'đ', "®");
    private static readonly Dictionary<char, string> ToVni = Build(Vni, capitals: null, 'đ', "ñ");

    public static string EncodeTcvn3(string unicode) => Encode(unicode, ToTcvn3);

    public static string EncodeVni(string unicode) => Encode(unicode, ToVni);

    private static string Encode(string unicode, Dictionary<char, string> table)
    {
        var output = new StringBuilder(unicode.Length * 2);
        foreach (var c in unicode.Normalize(NormalizationForm.FormC))
        {
            output.Append(table.TryGetValue(c, out var code) ? code : c.ToString());
        }

        return output.ToString();
    }

    private static Dictionary<char, string> Build(string[][] codes, Func<char, string?>? capitals, char d, string dCode)
    {
        var table = new Dictionary<char, string> { [d] = dCode, [char.ToUpperInvariant(d)] = capitals?.Invoke('Đ') ?? dCode.ToUpperInvariant() };
        for (var series = 0; series < Bases.Length; series++)
        {
            for (var tone = 0; tone < Tones.Length; tone++)
            {
                var letter = (tone == 0 ? Bases[series].ToString() : string.Concat(Bases[series], Tones[tone])).Normalize(NormalizationForm.FormC)[0];
                var code = codes[series][tone];
                table[letter] = code;
                var capital = char.ToUpperInvariant(letter);
                table[capital] = capitals is null ? code.ToUpperInvariant() : tone == 0 && capitals(capital) is { } own ? own : tone == 0 ? code.ToUpperInvariant() : code;
            }
        }

        return table;
    }
}
