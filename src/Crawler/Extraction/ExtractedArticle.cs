namespace Pipeline.Crawler.Extraction;

/// <summary>An article as extracted from one page, or the reason the page is not one.</summary>
/// <param name="Url">The address the page was fetched from.</param>
/// <param name="CanonicalUrl">The page's own canonical address, or <paramref name="Url"/>.</param>
/// <param name="Title">The headline.</param>
/// <param name="Lead">The lead paragraph (sapo), if the page marks one.</param>
/// <param name="Published">Publication time; Vietnamese pages without an offset are +07:00.</param>
/// <param name="Modified">Last modification time, if given.</param>
/// <param name="Authors">Bylines.</param>
/// <param name="Section">The outlet's section, if given.</param>
/// <param name="Language">The page language (e.g. "vi").</param>
/// <param name="OutletName">The outlet's own name (og:site_name), if given.</param>
/// <param name="Paragraphs">The main text without the lead.</param>
/// <param name="IsArticle">False for listings, error pages and empty pages.</param>
/// <param name="Reason">Why the page is not an article; null when it is.</param>
public sealed record ExtractedArticle(
    Uri Url,
    Uri CanonicalUrl,
    string Title,
    string? Lead,
    DateTimeOffset? Published,
    DateTimeOffset? Modified,
    IReadOnlyList<string> Authors,
    string? Section,
    string? Language,
    string? OutletName,
    IReadOnlyList<ArticleParagraph> Paragraphs,
    bool IsArticle,
    string? Reason)
{
    /// <summary>Tags and keywords the page gives.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Images of the article body with their captions.</summary>
    public IReadOnlyList<ArticleImage> Images { get; init; } = [];

    /// <summary>Which of the page's sources gave <see cref="Published"/>, and why; null when there is no date.</summary>
    public PublishedDateSource? DateSource { get; init; }

    /// <summary>The main text: lead first, then every paragraph but image captions, one per line.</summary>
    public string Text => string.Join('\n', (Lead is null ? [] : new[] { Lead }).Concat(Paragraphs.Where(p => p.Kind != ParagraphKind.Caption).Select(p => p.Text)));

    /// <summary>Everything the analysis reads: lead, then every paragraph including captions, one per line.</summary>
    public string AnalysisText => string.Join('\n', (Lead is null ? [] : new[] { Lead }).Concat(Paragraphs.Select(p => p.Text)));

    /// <summary>A page that is not an article.</summary>
    /// <param name="url">The page address.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The record.</returns>
    public static ExtractedArticle NotAnArticle(Uri url, string reason) =>
        new(url, url, string.Empty, null, null, null, [], null, null, null, [], false, reason);
}
