using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Text;

namespace Pipeline.Crawler.Fetching;

/// <summary>
/// Turns a body into text: byte-order mark, then the declaration (Content-Type, then &lt;meta&gt;) unless the bytes
/// contradict it, then detection; NFC afterwards. UTF-8 is decoded leniently, so a stray invalid byte costs one
/// U+FFFD instead of the whole page (see <see cref="Utf8Census"/> for when a body counts as UTF-8).
/// </summary>
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

    /// <summary>Decodes a complete body; see <see cref="Decode(ReadOnlySpan{byte}, string?, bool)"/>.</summary>
    /// <param name="body">The raw body, decompressed.</param>
    /// <param name="headerCharset">The charset parameter of Content-Type, if any.</param>
    /// <returns>The normalised text and the charset used.</returns>
    public static (string Text, string Charset) Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        var decoded = Decode(body, headerCharset, truncated: false);
        return (decoded.Text, decoded.Decision.Used);
    }

    /// <summary>
    /// Decodes a body and says how: a byte-order mark wins; a declared UTF-8 stands unless most of the body is
    /// invalid UTF-8, a declared legacy charset stands unless the body is mostly valid UTF-8 text; without a usable
    /// declaration, UTF-8 when the body mostly is, else detection.
    /// </summary>
    /// <param name="body">The raw body, decompressed.</param>
    /// <param name="headerCharset">The charset parameter of Content-Type, if any.</param>
    /// <param name="truncated">True when the body was cut at the size limit: a character cut in two is dropped, not replaced.</param>
    /// <returns>The normalised text and the decision.</returns>
    public static DecodedBody Decode(ReadOnlySpan<byte> body, string? headerCharset, bool truncated)
    {
        var header = Clean(headerCharset);
        var (byteOrderMark, bomLength) = FromByteOrderMark(body);
        if (byteOrderMark is not null)
        {
            return Decoded(byteOrderMark, body[bomLength..], truncated, header, CharsetReason.ByteOrderMark);
        }

        if (body.IsEmpty)
        {
            var name = (Resolve(header) ?? Encoding.UTF8).WebName;
            return new DecodedBody(string.Empty, new CharsetDecision(header, name, CharsetReason.EmptyBody, 0));
        }

        var utf8 = WithoutCutCharacter(body, truncated);
        var census = Utf8Census.Of(utf8);
        string? declared = null, written = null;
        var rejectedUtf8 = false;
        foreach (var name in new[] { header, Clean(FromMeta(body)) })
        {
            written ??= name;
            if (Resolve(name) is not { } encoding)
            {
                continue;
            }

            declared ??= name;
            if (encoding is UTF8Encoding)
            {
                if (!census.MostlyInvalid)
                {
                    return Utf8(utf8, census, declared, CharsetReason.Declared);
                }

                rejectedUtf8 = true;
                continue;
            }

            return census.LooksLikeUtf8
                ? Utf8(utf8, census, declared, CharsetReason.DeclaredLegacyLooksLikeUtf8)
                : NonUtf8(encoding, body, truncated, declared, rejectedUtf8 ? CharsetReason.DeclaredUtf8MostlyInvalid : CharsetReason.Declared);
        }

        declared ??= written;
        return census.MostlyInvalid
            ? NonUtf8(Detect(body), body, truncated, declared, rejectedUtf8 ? CharsetReason.DeclaredUtf8MostlyInvalid : CharsetReason.UndeclaredDetected)
            : Utf8(utf8, census, declared, CharsetReason.UndeclaredUtf8);
    }

    private static ReadOnlySpan<byte> WithoutCutCharacter(ReadOnlySpan<byte> body, bool truncated) =>
        truncated ? body[..^Utf8Census.IncompleteTail(body)] : body;

    private static DecodedBody Utf8(ReadOnlySpan<byte> complete, Utf8Census census, string? declared, CharsetReason reason)
    {
        // The decoder replaces each invalid sequence with one U+FFFD, exactly as the census counted them.
        var text = Encoding.UTF8.GetString(complete);
        return new DecodedBody(VietnameseNormalizer.Normalize(text), new CharsetDecision(declared, Encoding.UTF8.WebName, reason, census.Invalid));
    }

    private static DecodedBody Decoded(Encoding encoding, ReadOnlySpan<byte> body, bool truncated, string? declared, CharsetReason reason)
    {
        if (encoding is not UTF8Encoding)
        {
            return NonUtf8(encoding, body, truncated, declared, reason);
        }

        var complete = WithoutCutCharacter(body, truncated);
        return Utf8(complete, Utf8Census.Of(complete), declared, reason);
    }

    private static DecodedBody NonUtf8(Encoding encoding, ReadOnlySpan<byte> body, bool truncated, string? declared, CharsetReason reason)
    {
        var text = truncated ? DecodeCut(encoding, body) : encoding.GetString(body);
        // No legacy charset can encode U+FFFD, and UTF-16 pages hardly write it: each one is a replaced sequence.
        var replaced = text.AsSpan().Count('\uFFFD');
        return new DecodedBody(VietnameseNormalizer.Normalize(text), new CharsetDecision(declared, encoding.WebName, reason, replaced));
    }

    private static string DecodeCut(Encoding encoding, ReadOnlySpan<byte> body)
    {
        // Without a flush the decoder keeps an incomplete trailing sequence (half a UTF-16 unit, a double-byte lead) to itself.
        var decoder = encoding.GetDecoder();
        var chars = new char[decoder.GetCharCount(body, flush: false)];
        var written = decoder.GetChars(body, chars, flush: false);
        return new string(chars, 0, written);
    }

    private static (Encoding? Encoding, int BomLength) FromByteOrderMark(ReadOnlySpan<byte> body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    private static string? Clean(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().Trim('"', '\'');

    private static Encoding? Resolve(string? name)
    {
        if (name is null)
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(name);
            // A page claiming UTF-16 in a meta tag was necessarily read as ASCII-compatible bytes: the claim is wrong.
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // Unknown names throw ArgumentException; names .NET knows but refuses (UTF-7) throw NotSupportedException.
            return null;
        }
    }

    private static string? FromMeta(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, MetaPrescanBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static Encoding Detect(ReadOnlySpan<byte> body)
    {
        // Legacy Vietnamese pages are windows-1258 far more often than anything a detector guesses with little confidence.
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(body[..Math.Min(body.Length, 64 * 1024)].ToArray()).Detected;
        return detected is { Encoding: { } encoding, Confidence: >= 0.6f } && encoding is not UTF8Encoding && !WesternSingleByte.Contains(encoding.CodePage)
            ? encoding
            : Encoding.GetEncoding(1258);
    }

    [GeneratedRegex("""<meta[^>]{0,200}?charset\s*=\s*["']?(?<charset>[A-Za-z0-9_\-:.]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaCharset();
}
