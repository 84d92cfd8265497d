namespace Pipeline.Crawler.Extraction;

/// <summary>Per-outlet CSS selectors that tell the extractor where things are; each is optional and ignored when it matches nothing useful.</summary>
/// <param name="Body">The main text container (e.g. "article.fck_detail").</param>
/// <param name="Lead">The lead paragraph (e.g. "p.description").</param>
/// <param name="Date">The visible byline date (e.g. "span.date").</param>
public sealed record ExtractionHints(string? Body = null, string? Lead = null, string? Date = null)
{
    /// <summary>No hints.</summary>
    public static ExtractionHints None { get; } = new();
}
