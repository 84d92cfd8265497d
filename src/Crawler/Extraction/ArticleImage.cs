namespace Pipeline.Crawler.Extraction;

/// <summary>An image of the article with its caption.</summary>
/// <param name="Url">The image address, absolute.</param>
/// <param name="Caption">Its caption or alt text, if any.</param>
public sealed record ArticleImage(Uri Url, string? Caption);
