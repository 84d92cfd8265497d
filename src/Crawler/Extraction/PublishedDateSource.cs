namespace Pipeline.Crawler.Extraction;

/// <summary>Which of the page's own sources the publication date was taken from, and why that one.</summary>
/// <param name="Published">The source: "json-ld", "meta", "time", "byline" or "url".</param>
/// <param name="Reason">A short sentence: agreement, or the trust rule that set another source aside.</param>
public sealed record PublishedDateSource(string Published, string Reason);
