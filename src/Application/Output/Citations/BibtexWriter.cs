using System.Globalization;
using System.Text;

namespace Pipeline.Output.Citations;

/// <summary>
/// BibTeX entries that BibTeX and biblatex both read: <c>@article</c> in the outlet (biblatex's
/// <c>entrysubtype = {newspaper}</c> marks it a newspaper article), year and month for BibTeX, <c>date</c>,
/// <c>urldate</c> and <c>langid</c> for biblatex. Text stays UTF-8 (Vietnamese letters are not turned into TeX
/// accents: biber and bibtexu read UTF-8, and two stacked accents have no portable TeX form).
/// </summary>
internal static class BibtexWriter
{
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

    /// <summary>Year and article id: stable across exports and unique, since the id is; only letters, digits and '-'.</summary>
    public static string Key(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var year = citation.Published is { } published ? Citation.Day(published).Year.ToString("D4", CultureInfo.InvariantCulture) : "nd";
        var id = new string(citation.Id.Where(char.IsAsciiLetterOrDigit).ToArray());
        return $"{year}-{id}";
    }

    /// <summary>
    /// Escapes what TeX reads as markup: '%' would comment out the rest of the line, '&amp;', '$', '#' and '_' are
    /// special characters, '\' would start a command, '~' and '^' would become a space and an accent. Braces become
    /// \textbraceleft{} and \textbraceright{}, not \{ and \}: BibTeX and biber count braces without looking at
    /// backslashes, so a lone \{ would still unbalance the field.
    /// </summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '%' or '&' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }

        return text.ToString().Trim();
    }

    private static void Append(StringBuilder text, Citation citation)
    {
        text.Append("@article{").Append(Key(citation)).Append(",\n");
        // Double braces keep the headline's capitals (names such as JICA, Bạch Mai) from being lower-cased by styles.
        Field(text, "title", "{" + Escape(citation.Title) + "}");
        Field(text, "journal", Escape(citation.ContainerTitle));
        Field(text, "entrysubtype", "newspaper");
        if (citation.Published is { } published)
        {
            var day = Citation.Day(published);
            Field(text, "year", day.Year.ToString("D4", CultureInfo.InvariantCulture));
            Field(text, "month", day.Month.ToString(CultureInfo.InvariantCulture));
            Field(text, "date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        // A verbatim field in biblatex: written as is. The canonical address is absolute and percent-encoded, so it
        // has no brace or space; anything that is not is escaped rather than allowed to break the entry.
        Field(text, "url", Uri.TryCreate(citation.Url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : Escape(citation.Url));
        if (citation.Accessed is { } accessed)
        {
            Field(text, "urldate", Citation.Day(accessed).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Field(text, "langid", citation.Language == "vi" ? "vietnamese" : Escape(citation.Language));
        Field(text, "language", Escape(citation.Language));
        text.Append("}\n\n");
    }

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
}
