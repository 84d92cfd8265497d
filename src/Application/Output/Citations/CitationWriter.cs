namespace Pipeline.Output.Citations;

/// <summary>Writes citations in a chosen format, with the format's names, media type and file extension.</summary>
public static class CitationWriter
{
    /// <summary>The format names the CLI and web accept, as they appear in <c>--format</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["ris", "bibtex", "csl-json"];

    /// <summary>The format of a name in <see cref="Names"/>; null for any other.</summary>
    public static CitationFormat? Parse(string? name) => name switch
    {
        "ris" => CitationFormat.Ris,
        "bibtex" => CitationFormat.Bibtex,
        "csl-json" => CitationFormat.CslJson,
        _ => null,
    };

    /// <summary>The registered or customary media type, with the charset every writer uses.</summary>
    public static string ContentType(CitationFormat format) => format switch
    {
        CitationFormat.Ris => "application/x-research-info-systems; charset=utf-8",
        CitationFormat.Bibtex => "application/x-bibtex; charset=utf-8",
        _ => "application/vnd.citationstyles.csl+json; charset=utf-8",
    };

    /// <summary>The file extension reference managers recognise, with its dot.</summary>
    public static string Extension(CitationFormat format) => format switch
    {
        CitationFormat.Ris => ".ris",
        CitationFormat.Bibtex => ".bib",
        _ => ".csl.json",
    };

    /// <summary>Writes <paramref name="citations"/> in <paramref name="format"/>.</summary>
    /// <param name="format">RIS, BibTeX or CSL-JSON.</param>
    /// <param name="citations">The citations, in order.</param>
    /// <returns>The file's text.</returns>
    public static string Write(CitationFormat format, IReadOnlyList<Citation> citations) => format switch
    {
        CitationFormat.Ris => RisWriter.Write(citations),
        CitationFormat.Bibtex => BibtexWriter.Write(citations),
        _ => CslJsonWriter.Write(citations),
    };
}
