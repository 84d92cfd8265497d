using Pipeline.Output.Citations;
using Pipeline.Web.Html;

namespace Pipeline.Web.Pages;

/// <summary>Download links of one citation resource in every format: <c>{path}.ris</c>, <c>.bib</c>, <c>.csl.json</c>.</summary>
internal static class CitationLinks
{
    /// <param name="html">Where to write.</param>
    /// <param name="path">The resource without extension, e.g. <c>/articles/{id}/cite</c>.</param>
    /// <param name="query">A query string to append (with its '?'), or empty.</param>
    /// <param name="label">What is cited, for screen readers.</param>
    public static void Write(HtmlBuilder html, string path, string query, string label)
    {
        html.Append($"<span class=\"cite\" aria-label=\"Trích dẫn {label}\">Trích dẫn: ");
        var first = true;
        foreach (var format in Enum.GetValues<CitationFormat>())
        {
            html.Append($"{(first ? string.Empty : " · ")}<a href=\"{path}{CitationWriter.Extension(format)}{query}\" download data-format=\"{Name(format)}\">{Name(format)}</a>");
            first = false;
        }

        html.Append($"</span>");
    }

    private static string Name(CitationFormat format) => format switch
    {
        CitationFormat.Ris => "RIS",
        CitationFormat.Bibtex => "BibTeX",
        _ => "CSL-JSON",
    };
}
