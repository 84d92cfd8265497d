using System.Text;

namespace Pipeline.Crawler.Robots;

/// <summary>
/// Splits a robots.txt body into directives, with the leniencies of Google's reference parser: CR, LF and CRLF
/// all end a line (RFC 9309 §2.2), a UTF-8 byte order mark or any prefix of one is skipped at the start, a line
/// keeps its first <see cref="MaxLineBytes"/> bytes, "#" starts a comment, keys are matched case-insensitively by
/// their start (which also accepts frequent typos), and a missing colon is forgiven when the line holds two words.
/// One pass over the bytes.
/// </summary>
internal static class RobotsLineReader
{
    /// <summary>Bytes kept of one line: eight times the longest URL browsers accept, less Google's terminator byte.</summary>
    public const int MaxLineBytes = (2083 * 8) - 1;

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The directives of <paramref name="body"/>, in order; empty, comment and unreadable lines give none.</summary>
    public static List<RobotsDirective> Read(ReadOnlySpan<byte> body)
    {
        var directives = new List<RobotsDirective>();
        var lineStart = 0;
        while (lineStart < ByteOrderMark.Length && lineStart < body.Length && body[lineStart] == ByteOrderMark[lineStart])
        {
            lineStart++;
        }

        var lineNumber = 0;
        var lastWasCarriageReturn = false;
        for (var i = lineStart; i < body.Length; i++)
        {
            var b = body[i];
            if (b is not ((byte)'\n' or (byte)'\r'))
            {
                continue;
            }

            // The LF of a CRLF ends no second line.
            if (!(i == lineStart && lastWasCarriageReturn && b == '\n'))
            {
                ReadLine(body[lineStart..i], ++lineNumber, directives);
            }

            lineStart = i + 1;
            lastWasCarriageReturn = b == '\r';
        }

        ReadLine(body[lineStart..], ++lineNumber, directives);
        return directives;
    }

    private static void ReadLine(ReadOnlySpan<byte> line, int number, List<RobotsDirective> directives)
    {
        if (line.Length > MaxLineBytes)
        {
            line = line[..MaxLineBytes];
        }

        // Google's parser reads each line as a C string: a NUL ends it, as does a comment.
        var end = line.IndexOfAny((byte)0, (byte)'#');
        line = Trim(end < 0 ? line : line[..end]);
        if (line.IsEmpty)
        {
            return;
        }

        var separator = line.IndexOf((byte)':');
        if (separator < 0)
        {
            // "Disallow /x": whitespace stands in for a forgotten colon, but only between exactly two words.
            separator = line.IndexOfAny((byte)' ', (byte)'\t');
            if (separator < 0 || line[(separator + 1)..].TrimStart(" \t"u8).IndexOfAny((byte)' ', (byte)'\t') >= 0)
            {
                return;
            }
        }

        var key = Trim(line[..separator]);
        if (key.IsEmpty)
        {
            return;
        }

        var value = Trim(line[(separator + 1)..]);
        var kind = Classify(key);
        var text = kind is RobotsDirectiveKind.Allow or RobotsDirectiveKind.Disallow ? RobotsPattern.Escape(value) : Encoding.UTF8.GetString(value);
        directives.Add(new RobotsDirective(number, kind, Encoding.UTF8.GetString(key), text));
    }

    private static RobotsDirectiveKind Classify(ReadOnlySpan<byte> key) =>
        StartsWith(key, "user-agent") || StartsWith(key, "useragent") || StartsWith(key, "user agent") ? RobotsDirectiveKind.UserAgent
        : StartsWith(key, "allow") ? RobotsDirectiveKind.Allow
        : StartsWith(key, "disallow") || StartsWith(key, "dissallow") || StartsWith(key, "dissalow") || StartsWith(key, "disalow")
            || StartsWith(key, "diasllow") || StartsWith(key, "disallaw") ? RobotsDirectiveKind.Disallow
        : StartsWith(key, "sitemap") || StartsWith(key, "site-map") ? RobotsDirectiveKind.Sitemap
        : RobotsDirectiveKind.Unknown;

    private static bool StartsWith(ReadOnlySpan<byte> key, string prefix) =>
        key.Length >= prefix.Length && Ascii.EqualsIgnoreCase(key[..prefix.Length], prefix);

    /// <summary>Strips what C's isspace calls whitespace from both ends.</summary>
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> span) => span.Trim(" \t\n\v\f\r"u8);
}
