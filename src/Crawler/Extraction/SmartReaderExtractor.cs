namespace Pipeline.Crawler.Extraction;

/// <summary>SmartReader (a Readability port) as the comparison in benchmarks and the fallback for pages our algorithm reads as empty.</summary>
public static class SmartReaderExtractor
{
    /// <summary>The main text SmartReader finds, or null when it finds none or fails.</summary>
    /// <param name="html">The page.</param>
    /// <param name="url">Its address.</param>
    /// <returns>The text, paragraphs separated by newlines.</returns>
    public static string? ExtractText(string html, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        try
        {
            var article = new SmartReader.Reader(url.AbsoluteUri, html).GetArticle();
            return article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent) ? article.TextContent.Trim() : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A comparison and a fallback: its failure must never fail our extraction.
            return null;
        }
    }
}
