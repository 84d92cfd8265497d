using System.Globalization;
using System.Text;
using Pipeline.Crawler.Archive;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Archived;

/// <summary>The HTTP response in a WARC response record: its status, media type and decoded body.</summary>
internal static class ArchivedResponse
{
    /// <summary>The GUID of a WARC-Record-ID such as &lt;urn:uuid:…&gt;; null when it has another form.</summary>
    public static Guid? IdOf(WarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var id = record.Headers.GetValueOrDefault("WARC-Record-ID", string.Empty).Trim('<', '>');
        const string Prefix = "urn:uuid:";
        return id.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && Guid.TryParse(id.AsSpan(Prefix.Length), out var guid) ? guid : null;
    }

    /// <summary>WARC-Date; null when missing or malformed.</summary>
    public static DateTimeOffset? DateOf(WarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return DateTimeOffset.TryParse(record.Headers.GetValueOrDefault("WARC-Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    /// <summary>True for a 200 response with an HTML media type: the kind of response an article is extracted from.</summary>
    public static bool IsHtmlPage(WarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Type == "response" && Head(record) is { Status: 200, MediaType: "text/html" or "application/xhtml+xml" };
    }

    /// <summary>The body as text, decoded as the fetcher decodes it (header charset, then the document's own declaration, then detection).</summary>
    public static string Text(WarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var head = Head(record);
        var body = head is { } h ? record.Block.AsSpan(h.BodyStart) : [];
        return CharsetDecoder.Decode(body, HttpPageFetcher.CharsetOf(head?.ContentType), record.Headers.ContainsKey("WARC-Truncated")).Text;
    }

    private static (int Status, string? ContentType, string? MediaType, int BodyStart)? Head(WarcRecord record)
    {
        var block = record.Block;
        var split = block.AsSpan().IndexOf("\r\n\r\n"u8);
        if (split < 0)
        {
            return null;
        }

        var lines = Encoding.ASCII.GetString(block, 0, split).Split("\r\n");
        var status = lines[0].Split(' ');
        if (status.Length < 2 || !int.TryParse(status[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }

        string? contentType = null;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = line[(colon + 1)..].Trim();
            }
        }

        return (code, contentType, contentType?.Split(';')[0].Trim().ToLowerInvariant(), split + 4);
    }
}
