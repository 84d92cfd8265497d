using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Analysis.Text;

namespace Pipeline.Crawler.Fetching;

/// <summary>Turns a body into text: byte-order mark, then Content-Type, then &lt;meta&gt;, then UTF-8; NFC afterwards.</summary>
public static partial class CharsetDecoder
{
    private const int MetaPrescanBytes = 4096;

    // Detectors read Vietnamese windows-1258 text as one of these; for this product's pages 1258 is the better guess.
    private static readonly HashSet<int> WesternSingleByte = [1252, 28591, 28605, 1250, 1257];

    static CharsetDecoder()
    {
        // windows-1258 and the other legacy code pages live in a provider that must be registered once.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes a body: byte-order mark, then the declared charset (a declared UTF-8 that is not valid UTF-8 is ignored), then detection.</summary>
    /// <param name="body">The raw body, decompressed.</param>
    /// <param name="headerCharset">The charset parameter of Content-Type, if any.</param>
    /// <returns>The normalised text and the charset used.</returns>
    public static (string Text, string Charset) Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        var (encoding, bomLength) = FromByteOrderMark(body);
        encoding ??= Trusted(Resolve(headerCharset), body) ?? Trusted(Resolve(FromMeta(body)), body) ?? Detect(body);
        var text = encoding.GetString(body[bomLength..]);
        return (VietnameseNormalizer.Normalize(text), encoding.WebName);
    }

    private static (Encoding? Encoding, int BomLength) FromByteOrderMark(ReadOnlySpan<byte> body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    private static Encoding? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(name.Trim().Trim('"', '\''));
            // A page claiming UTF-16 in a meta tag was necessarily read as ASCII-compatible bytes: the claim is wrong.
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? FromMeta(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, MetaPrescanBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static Encoding? Trusted(Encoding? declared, ReadOnlySpan<byte> body) =>
        declared is UTF8Encoding && !System.Text.Unicode.Utf8.IsValid(body) ? null : declared;

    private static Encoding Detect(ReadOnlySpan<byte> body)
    {
        if (System.Text.Unicode.Utf8.IsValid(body))
        {
            return Encoding.UTF8;
        }

        // Legacy Vietnamese pages are windows-1258 far more often than anything a detector guesses with little confidence.
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(body[..Math.Min(body.Length, 64 * 1024)].ToArray()).Detected;
        return detected is { Encoding: { } encoding, Confidence: >= 0.6f } && encoding is not UTF8Encoding && !WesternSingleByte.Contains(encoding.CodePage)
            ? encoding
            : Encoding.GetEncoding(1258);
    }

    [GeneratedRegex("""<meta[^>]{0,200}?charset\s*=\s*["']?(?<charset>[A-Za-z0-9_\-:.]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaCharset();
}
