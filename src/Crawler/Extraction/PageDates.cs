using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Crawler.Extraction;

/// <summary>Parses the dates pages show: ISO 8601 in metadata, and Vietnamese bylines such as
/// "Thứ tư, 22/10/2025, 19:25 (GMT+7)", "21:31 | 01/02/2026" or "03-03-2026 22:00". No offset means +07:00.</summary>
public static partial class PageDates
{
    /// <summary>The offset of Vietnam's time zone, which Vietnamese pages without an offset mean.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Parses a machine-readable date (ISO 8601, with or without offset).</summary>
    /// <param name="value">The attribute or JSON value.</param>
    /// <returns>The instant, or null when the value is not a plausible date.</returns>
    public static DateTimeOffset? ParseMachineDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return ParseByline(text);
        }

        var hasZone = text.EndsWith('Z') || ZoneSuffix().IsMatch(text);
        var result = hasZone ? parsed : new DateTimeOffset(parsed.DateTime, VietnamOffset);
        return Plausible(result);
    }

    /// <summary>Finds a day-month-year date, optionally with a time before or after it, in visible byline text.</summary>
    /// <param name="text">The byline's text.</param>
    /// <returns>The instant (+07:00 unless a GMT offset is written), or null.</returns>
    public static DateTimeOffset? ParseByline(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = BylineDate().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var day = Int(match, "d");
        var month = Int(match, "m");
        var year = Int(match, "y");
        var hour = 0;
        var minute = 0;
        var second = 0;
        if (match.Groups["h1"].Success || match.Groups["h2"].Success)
        {
            var suffix = match.Groups["h1"].Success ? "1" : "2";
            hour = Int(match, "h" + suffix);
            minute = Int(match, "min" + suffix);
            second = match.Groups["s" + suffix].Success ? Int(match, "s" + suffix) : 0;
        }

        var offset = VietnamOffset;
        if (match.Groups["gmt"].Success)
        {
            offset = TimeSpan.FromHours(int.Parse(match.Groups["gmt"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        return Plausible(new DateTimeOffset(year, month, day, hour, minute, second, offset));
    }

    /// <summary>The date an address carries: "-20171101212013629.htm" style timestamps, or "/2025/05/20/" folders.</summary>
    /// <param name="url">The article address.</param>
    /// <returns>The date (+07:00), or null.</returns>
    public static DateTimeOffset? FromUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.AbsolutePath;
        var stamp = UrlTimestamp().Match(path);
        if (stamp.Success && DateTime.TryParseExact(stamp.Groups["t"].Value[..14], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return Plausible(new DateTimeOffset(exact, VietnamOffset));
        }

        var folders = UrlFolders().Match(path);
        if (folders.Success && int.TryParse(folders.Groups["m"].Value, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            var year = int.Parse(folders.Groups["y"].Value, CultureInfo.InvariantCulture);
            var day = folders.Groups["d"].Success ? int.Parse(folders.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
            return day <= DateTime.DaysInMonth(year, month) ? Plausible(new DateTimeOffset(year, month, day, 0, 0, 0, VietnamOffset)) : null;
        }

        return null;
    }

    private static DateTimeOffset? Plausible(DateTimeOffset value) =>
        value >= Earliest && value.Year <= 2100 ? value : null;

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:(?<h1>\d{1,2}):(?<min1>\d{2})(?::(?<s1>\d{2}))?\s*(?:\||,|-|–)?\s*)?(?<d>\d{1,2})[/\-.](?<m>\d{1,2})[/\-.](?<y>\d{4})(?:\s*(?:,|-|–|\|)?\s*(?<h2>\d{1,2})[:hg](?<min2>\d{2})(?::(?<s2>\d{2}))?)?(?:\s*\(?\s*GMT\s*(?<gmt>[+-]\d{1,2})\s*\)?)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BylineDate();

    [GeneratedRegex(@"-(?<t>20\d{12,15})\.html?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlTimestamp();

    [GeneratedRegex(@"/(?<y>(19|20)\d{2})/(?<m>\d{1,2})/((?<d>\d{1,2})/)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlFolders();

    [GeneratedRegex(@"T\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*[+-]\d{2}:?\d{2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ZoneSuffix();
}
