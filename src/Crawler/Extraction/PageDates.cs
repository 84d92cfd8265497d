using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Crawler.Extraction;

/// <summary>Parses the dates pages show: ISO 8601 in metadata, and Vietnamese bylines such as
/// "Thứ tư, 22/10/2025, 19:25 (GMT+7)", "21:31 | 01/02/2026", "17:26 - 18/01/2016", "20/01/2022 01:39 PM",
/// "Cập nhật: 10h36 | 02/02/2010" or "18.07.2017 | 15:03:08". No offset means +07:00.</summary>
public static partial class PageDates
{
    /// <summary>The offset of Vietnam's time zone, which Vietnamese pages without an offset mean.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Parses a machine-readable date (ISO 8601, with or without offset).</summary>
    /// <param name="value">The attribute or JSON value.</param>
    /// <returns>The instant, or null when the value is not a plausible date.</returns>
    public static DateTimeOffset? ParseMachineDate(string? value) => ReadMachineDate(value)?.Value;

    /// <summary>Finds a day-month-year date, optionally with a time before or after it, in visible byline text.</summary>
    /// <param name="text">The byline's text.</param>
    /// <returns>The instant (+07:00 unless a GMT offset is written), or null.</returns>
    public static DateTimeOffset? ParseByline(string? text) => ReadByline(text)?.Value;

    /// <summary>Reads a machine-readable date and what it says: ISO 8601 or RFC 1123 as written; "1/21/2022 8:12:40 AM"
    /// (the en-US default that ASP.NET sites put in JSON-LD) month first; other slashed dates day first, as Vietnamese write them.</summary>
    internal static PageDate? ReadMachineDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (UsClock().Match(text) is { Success: true } us)
        {
            // A 12-hour clock after a slashed date is .NET's en-US default format: month first, and no zone, so Vietnam's.
            return Build(Int(us, "d"), Int(us, "m"), Int(us, "y"), Int(us, "h"), Int(us, "min"), us.Groups["s"].Success ? Int(us, "s") : 0, us.Groups["ap"].Value, hasTime: true, offset: null);
        }

        if (SlashedStart().IsMatch(text) && ReadByline(text) is { } dayFirst)
        {
            return dayFirst;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return ReadByline(text);
        }

        var hasZone = text.EndsWith('Z') || ZoneSuffix().IsMatch(text);
        var result = hasZone ? parsed : new DateTimeOffset(parsed.DateTime, VietnamOffset);
        return Plausible(result) is { } plausible ? new PageDate(plausible, TimeOfDay().IsMatch(text), hasZone) : null;
    }

    /// <summary>Reads the first date of a byline, with the time written before or after it, a 12-hour clock
    /// (AM/PM, SA/CH, sáng/chiều/tối) and a written GMT offset.</summary>
    internal static PageDate? ReadByline(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Pages in decomposed Unicode write "chiều" with combining marks; the markers are matched composed.
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var match = BylineDate().Match(composed);
        if (!match.Success)
        {
            return null;
        }

        var hasTime = match.Groups["h1"].Success || match.Groups["h2"].Success;
        var suffix = match.Groups["h1"].Success ? "1" : "2";
        TimeSpan? offset = null;
        if (match.Groups["gmt"].Success)
        {
            var hours = int.Parse(match.Groups["gmt"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var minutes = match.Groups["gmtm"].Success ? Int(match, "gmtm") : 0;
            if (hours is < -14 or > 14 || minutes > 59)
            {
                return null;
            }

            offset = TimeSpan.FromMinutes((hours * 60) + (hours < 0 ? -minutes : minutes));
        }

        return Build(
            Int(match, "d"),
            Int(match, "m"),
            Int(match, "y"),
            hasTime ? Int(match, "h" + suffix) : 0,
            hasTime ? Int(match, "min" + suffix) : 0,
            hasTime && match.Groups["s" + suffix].Success ? Int(match, "s" + suffix) : 0,
            hasTime ? match.Groups["ap" + suffix].Value : string.Empty,
            hasTime,
            offset);
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

    private static PageDate? Build(int day, int month, int year, int hour, int minute, int second, string meridiem, bool hasTime, TimeSpan? offset)
    {
        if (ClockHour(hour, meridiem) is not { } clock
            || month is < 1 or > 12 || year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month) || minute > 59 || second > 59)
        {
            return null;
        }

        var value = new DateTimeOffset(year, month, day, clock, minute, second, offset ?? VietnamOffset);
        return Plausible(value) is { } plausible ? new PageDate(plausible, hasTime, offset is not null) : null;
    }

    /// <summary>The 24-hour hour: "01:39 PM" and "01:39 CH" are 13:39, "12:05 AM" is 00:05; a 24-hour value ("15:00 chiều") stays.</summary>
    private static int? ClockHour(int hour, string meridiem)
    {
        if (hour > 23)
        {
            return null;
        }

        if (meridiem.Length == 0 || hour is 0 or > 12)
        {
            return hour;
        }

        var afternoon = meridiem[0] is 'P' or 'p' || meridiem.StartsWith("CH", StringComparison.Ordinal)
            || meridiem.StartsWith("chiều", StringComparison.OrdinalIgnoreCase) || meridiem.StartsWith("tối", StringComparison.OrdinalIgnoreCase);
        return afternoon ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
    }

    private static DateTimeOffset? Plausible(DateTimeOffset value) =>
        value >= Earliest && value.Year <= 2100 ? value : null;

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // Linear time on any input: the non-backtracking engine, and every part bounded or a single optional separator.
    [GeneratedRegex(
        @"\b(?:(?<h1>[0-9]{1,2})[:hg](?<min1>[0-9]{2})(?::(?<s1>[0-9]{2}))?(?:\s?(?<ap1>[AaPp]\.?[Mm]\.?|SA|CH|[Ss]áng|[Cc]hiều|[Tt]ối)\b)?\s*[|,\-–]?\s*)?"
        + @"(?<d>[0-9]{1,2})[/\-.](?<m>[0-9]{1,2})[/\-.](?<y>[0-9]{4})"
        + @"(?:\s*[,\-–|]?\s*(?<h2>[0-9]{1,2})[:hg](?<min2>[0-9]{2})(?::(?<s2>[0-9]{2}))?(?:\s?(?<ap2>[AaPp]\.?[Mm]\.?|SA|CH|[Ss]áng|[Cc]hiều|[Tt]ối)\b)?)?"
        + @"(?:\s*\(?\s*(?:GMT|UTC)\s*(?<gmt>[+-][0-9]{1,2})(?::?(?<gmtm>[0-9]{2}))?\s*\)?)?",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BylineDate();

    [GeneratedRegex(@"^(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2})/(?<y>[0-9]{4})\s+(?<h>[0-9]{1,2}):(?<min>[0-9]{2})(?::(?<s>[0-9]{2}))?\s*(?<ap>[AaPp][Mm])$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex UsClock();

    [GeneratedRegex(@"^[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{4}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SlashedStart();

    [GeneratedRegex(@"[0-9]{1,2}:[0-9]{2}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"-(?<t>20[0-9]{12,15})\.html?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlTimestamp();

    [GeneratedRegex(@"/(?<y>(19|20)[0-9]{2})/(?<m>[0-9]{1,2})/((?<d>[0-9]{1,2})/)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlFolders();

    [GeneratedRegex(@"[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?\s*(Z|GMT|UTC|[+-][0-9]{2}:?[0-9]{2})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ZoneSuffix();
}
