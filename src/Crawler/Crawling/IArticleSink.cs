namespace Pipeline.Crawler.Crawling;

/// <summary>Where the crawler puts articles. Implementations are idempotent: storing the same article twice changes nothing.</summary>
public interface IArticleSink
{
    /// <summary>Stores one article durably, unless its content is already stored under another address.</summary>
    /// <param name="article">The article.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>What happened and the id that holds the content.</returns>
    Task<StoreResult> StoreAsync(CrawledArticle article, CancellationToken cancellationToken = default);
}
