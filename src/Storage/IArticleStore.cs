using Pipeline.Crawler.Crawling;

namespace Pipeline.Storage;

/// <summary>
/// Articles, their facts and their store sequence, whichever database holds them. Every change takes the next store
/// sequence, so the index can catch up with "everything after sequence N" after any crash.
/// </summary>
public interface IArticleStore : IArticleSink
{
    /// <summary>Articles changed after <paramref name="afterSequence"/>, in sequence order.</summary>
    /// <param name="afterSequence">The last sequence already handled.</param>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The articles.</returns>
    Task<IReadOnlyList<StoredArticle>> ReadAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>The article with <paramref name="id"/>, if it is stored.</summary>
    /// <param name="id">The stable article id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The article or null.</returns>
    Task<StoredArticle?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Articles whose facts are missing or older than their content, oldest change first.</summary>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>Id, sequence, analysed text and publication date of each.</returns>
    Task<IReadOnlyList<(string Id, long Sequence, string Text, DateTimeOffset? Published)>> ReadUnanalyzedAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks every article's facts as out of date, so the next analysis pass redoes them all.</summary>
    /// <param name="cancellationToken">Stops the update.</param>
    /// <returns>How many articles were marked.</returns>
    Task<int> InvalidateFactsAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores the facts of an article as analysed at <paramref name="sequence"/>, with its trend rows; a newer change is left for the next pass.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="sequence">The sequence of the content that was analysed.</param>
    /// <param name="factsJson">The facts, JSON.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the facts are durable.</returns>
    Task SaveFactsAsync(string id, long sequence, string factsJson, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores already-analysed articles in bulk (gold and synthetic corpora for tests and benchmarks), each with the next
    /// store sequence, its facts and its trend rows. An article whose content hash is already stored is skipped.
    /// </summary>
    /// <param name="articles">The articles.</param>
    /// <param name="cancellationToken">Stops the load between batches.</param>
    /// <returns>Articles stored and duplicates skipped.</returns>
    Task<(int Stored, int Duplicates)> ImportAsync(IEnumerable<ImportedArticle> articles, CancellationToken cancellationToken = default);

    /// <summary>The source that stored the article at <paramref name="canonicalUrl"/>, if it is stored.</summary>
    /// <param name="canonicalUrl">The article's canonical address.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The source name or null.</returns>
    Task<string?> SourceOfAsync(Uri canonicalUrl, CancellationToken cancellationToken = default);

    /// <summary>Number of stored articles and the highest store sequence.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The count and sequence.</returns>
    Task<(int Count, long LastSequence)> CountAsync(CancellationToken cancellationToken = default);
}
