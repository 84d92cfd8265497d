using System.Globalization;
using System.Text;

namespace Pipeline.Output.Citations;

/// <summary>
/// RIS as the Research Information Systems specification writes it: every line "TAG  - value" (two characters, two
/// spaces, a hyphen, a space) ended by CRLF, a record from "TY" to "ER", UTF-8.
/// </summary>
internal static class RisWriter
{
    /// <summary>
    /// NEWS ("newspaper"), not ELEC ("web page"): the outlets are newspapers that publish online, and the cited work
    /// is one of their articles, dated by the paper. NEWS keeps the outlet as the periodical (T2) and is what Zotero
    /// and EndNote map to their newspaper-article type; ELEC would file it as an undated page of a website.
    /// </summary>
    public const string Type = "NEWS";

    public static string Write(IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var text = new StringBuilder();
        foreach (var citation in citations)
        {
            Append(text, citation);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, Citation citation)
    {
        Line(text, "TY", Type);
        Line(text, "TI", citation.Title);
        // T2 is the periodical's full name for NEWS (JO would be its abbreviation).
        Line(text, "T2", citation.ContainerTitle);
        if (citation.Published is { } published)
        {
            var day = Citation.Day(published);
            Line(text, "PY", day.Year.ToString("D4", CultureInfo.InvariantCulture));
            Line(text, "DA", Date(day));
        }

        Line(text, "UR", citation.Url);
        if (citation.Accessed is { } accessed)
        {
            Line(text, "Y2", Date(Citation.Day(accessed)));
        }

        Line(text, "LA", citation.Language);
        // ER carries no value, but keeps the separator: "ER  - ".
        text.Append("ER  - \r\n\r\n");
    }

    /// <summary>The specification's date form: YYYY/MM/DD/ (the part after the last slash is free text, empty here).</summary>
    private static string Date(DateOnly day) => day.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string tag, string value) =>
        text.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");

    /// <summary>A value is one line: a line break inside it would start what a reader takes for a new tag.</summary>
    private static string OneLine(string value)
    {
        var line = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            line.Append(char.IsControl(c) ? ' ' : c);
        }

        return line.ToString().Trim();
    }
}
