namespace Pipeline.Crawler.Crawling;

/// <summary>Where the crawler puts articles. Implementations are idempotent: storing the same article twice changes nothing.</summary>
public interface IArticleSink
{
    /// <summary>Stores one article durably.</summary>
    /// <param name="article">The article.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>Whether it was new, updated or unchanged.</returns>
    Task<StoreOutcome> StoreAsync(CrawledArticle article, CancellationToken cancellationToken = default);
}
