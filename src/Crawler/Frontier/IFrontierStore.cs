using Pipeline.Crawler.Discovery;

namespace Pipeline.Crawler.Frontier;

/// <summary>The durable list of addresses to crawl. Every call commits before it returns, so a killed run resumes where it stopped.</summary>
public interface IFrontierStore
{
    /// <summary>
    /// Adds addresses not seen before. A known, fetched address whose listing now gives a later
    /// date than before (a lastmod or publication date) becomes due again: that is the one reason to
    /// fetch an article twice, and the fetch is conditional.
    /// </summary>
    /// <param name="source">The source name.</param>
    /// <param name="links">The discovered links.</param>
    /// <param name="now">The discovery time.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>How many addresses were new.</returns>
    Task<int> AddDiscoveredAsync(string source, IReadOnlyCollection<DiscoveredLink> links, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Addresses of <paramref name="source"/> due for a fetch: new ones, and failed ones whose retry time has come.</summary>
    /// <param name="source">The source name.</param>
    /// <param name="now">The current time.</param>
    /// <param name="maxAttempts">Failed addresses with this many attempts are given up.</param>
    /// <param name="limit">At most this many, oldest first.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The due entries.</returns>
    Task<IReadOnlyList<FrontierEntry>> GetDueAsync(string source, DateTimeOffset now, int maxAttempts, int limit, CancellationToken cancellationToken = default);

    /// <summary>Records the outcome of one attempt and counts it.</summary>
    /// <param name="update">The outcome.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes once the outcome is durable.</returns>
    Task RecordAsync(FrontierUpdate update, CancellationToken cancellationToken = default);
}
