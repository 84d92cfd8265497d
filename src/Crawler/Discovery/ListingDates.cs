using System.Globalization;

namespace Pipeline.Crawler.Discovery;

/// <summary>Dates as feeds and sitemaps write them (RFC 822 and ISO 8601); Vietnamese sites without an offset mean +07:00.</summary>
internal static class ListingDates
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss",
    ];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var rfc = ReplaceZoneName(text);
        if (DateTimeOffset.TryParseExact(rfc, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return HasExplicitZone(rfc) ? parsed : new DateTimeOffset(parsed.DateTime, VietnamOffset);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out parsed))
        {
            return HasExplicitZone(text) ? parsed : new DateTimeOffset(parsed.DateTime, VietnamOffset);
        }

        return null;
    }

    private static string ReplaceZoneName(string text)
    {
        foreach (var (name, offset) in new[] { ("GMT", "+00:00"), ("UTC", "+00:00"), ("UT", "+00:00"), ("Z", "+00:00") })
        {
            if (text.EndsWith(" " + name, StringComparison.Ordinal))
            {
                return string.Concat(text.AsSpan(0, text.Length - name.Length), offset);
            }
        }

        // "+0700" is what RFC 822 writes; .NET's zzz wants "+07:00".
        if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && text[^4..].All(char.IsAsciiDigit))
        {
            return string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2));
        }

        return text;
    }

    private static bool HasExplicitZone(string text)
    {
        if (text.EndsWith('Z'))
        {
            return true;
        }

        var timeStart = text.IndexOf('T', StringComparison.Ordinal);
        if (timeStart < 0)
        {
            timeStart = text.IndexOf(':', StringComparison.Ordinal);
        }

        if (timeStart < 0)
        {
            return false;
        }

        var tail = text[timeStart..];
        return tail.Contains('+', StringComparison.Ordinal) || tail.Contains('-', StringComparison.Ordinal);
    }
}
