using System.Text;

namespace Pipeline.Demo;

/// <summary>
/// Encodes text the way legacy Vietnamese sites do in windows-1258: vowel letters precomposed where the code
/// page has them (â, ơ, ư...), tone marks as separate combining characters.
/// </summary>
internal static class Windows1258
{
    private static readonly Encoding Encoding = CreateEncoding();

    public static byte[] Encode(string text)
    {
        var builder = new StringBuilder(text.Length + (text.Length / 4));
        foreach (var c in text)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length == 1)
            {
                builder.Append(c);
                continue;
            }

            var tone = decomposed.FirstOrDefault(m => m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');
            var baseLetter = tone == default ? decomposed : decomposed.Replace(tone.ToString(), string.Empty, StringComparison.Ordinal);
            builder.Append(baseLetter.Normalize(NormalizationForm.FormC));
            if (tone != default)
            {
                builder.Append(tone);
            }
        }

        return Encoding.GetBytes(builder.ToString());
    }

    private static Encoding CreateEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258, new EncoderReplacementFallback("?"), DecoderFallback.ReplacementFallback);
    }
}
