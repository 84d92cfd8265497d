using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Analysis.Dates;

/// <summary>Reads the named groups of a date match.</summary>
internal static class MatchParts
{
    public static int Int(this Match match, string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    public static int? OptionalInt(this Match match, string group) => match.Groups[group].Success ? match.Int(group) : null;

    /// <summary>Whether every year the match writes (groups y, y1, y2) is one <see cref="DateResolver.ValidYear"/> accepts.</summary>
    public static bool WrittenYearsValid(this Match match) =>
        ValidIfWritten(match.OptionalInt("y")) && ValidIfWritten(match.OptionalInt("y1")) && ValidIfWritten(match.OptionalInt("y2"));

    public static bool Has(this Match match, string group) => match.Groups[group].Success && match.Groups[group].Length > 0;

    public static string Word(this Match match, string group) => match.Groups[group].Value.ToLowerInvariant();

    /// <summary>The year a match names: written ("2025"), relative ("năm nay"), or null when it names none or cannot be resolved.</summary>
    public static int? NamedYear(this Match match, DateTimeOffset? published) =>
        match.OptionalInt("y") ?? (match.Has("rel") ? DateResolver.RelativeYear(match.Word("rel"), published) : null);

    private static bool ValidIfWritten(int? year) => year is not { } written || DateResolver.ValidYear(written);
}
