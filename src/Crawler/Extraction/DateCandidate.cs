namespace Pipeline.Crawler.Extraction;

/// <summary>One publication date the page offers, and where: "json-ld", "meta", "time" (a header &lt;time datetime&gt;), "byline", "url".</summary>
/// <param name="Source">The source's name as <c>extract --json</c> reports it.</param>
/// <param name="Date">What the source says.</param>
internal sealed record DateCandidate(string Source, PageDate Date);
