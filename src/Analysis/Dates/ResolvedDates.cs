using System.Globalization;

namespace Pipeline.Analysis.Dates;

/// <summary>
/// Reads resolved date values ("2025", "2025-05", "2025-05-20", "START/END", with "XXXX" for an unknown year).
/// ANNOTATION.md lets range ends be written at any precision and compares them at day precision, so "1993/2009" and
/// "1993-01-01/2009-12-31" are the same range.
/// </summary>
public static class ResolvedDates
{
    /// <summary>Writes both ends of a range at day precision; a single date is returned unchanged.</summary>
    /// <param name="resolved">A resolved value.</param>
    /// <returns>The value to compare; unreadable values are returned unchanged.</returns>
    public static string AtDayPrecision(string resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var slash = resolved.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return resolved;
        }

        return First(resolved[..slash]) is { } start && Last(resolved[(slash + 1)..]) is { } end ? start + "/" + end : resolved;
    }

    /// <summary>The first day a value covers ("2018" gives "2018-01-01"); null when unreadable.</summary>
    internal static string? First(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return Parse(slash < 0 ? value : value[..slash]) switch
        {
            (int y, null, _) => DateResolver.Day(y, 1, 1),
            (var y, int m, null) => DateResolver.Day(y, m, 1),
            (var y, int m, int d) => DateResolver.Day(y, m, d),
            _ => null,
        };
    }

    /// <summary>The last day a value covers ("2018" gives "2018-12-31"); null when unreadable.</summary>
    internal static string? Last(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return Parse(slash < 0 ? value : value[(slash + 1)..]) switch
        {
            (int y, null, _) => DateResolver.Day(y, 12, 31),
            (var y, int m, null) => DateResolver.LastDay(y, m),
            (var y, int m, int d) => DateResolver.Day(y, m, d),
            _ => null,
        };
    }

    /// <summary>Splits "YYYY", "YYYY-MM" or "YYYY-MM-DD" (YYYY may be XXXX, giving a null year).</summary>
    private static (int? Year, int? Month, int? Day)? Parse(string value)
    {
        var parts = value.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4)
        {
            return null;
        }

        int? year = parts[0] == DateResolver.UnknownYear ? null : Number(parts[0]);
        if (year is null && parts[0] != DateResolver.UnknownYear)
        {
            return null;
        }

        var month = parts.Length > 1 ? Number(parts[1]) : null;
        var day = parts.Length > 2 ? Number(parts[2]) : null;
        if ((parts.Length > 1 && month is not (>= 1 and <= 12)) || (parts.Length > 2 && day is not (>= 1 and <= 31)))
        {
            return null;
        }

        return (year, month, day);
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
