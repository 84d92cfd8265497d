namespace Pipeline.Output.Citations;

/// <summary>The reference-manager formats a citation is written in.</summary>
public enum CitationFormat
{
    /// <summary>RIS: EndNote, Zotero, Mendeley.</summary>
    Ris,

    /// <summary>BibTeX, read by BibTeX and biblatex.</summary>
    Bibtex,

    /// <summary>CSL-JSON: Zotero, pandoc and every CSL processor.</summary>
    CslJson,
}
