using Pipeline.Crawler.Frontier;

namespace Pipeline.Storage;

/// <summary>The crawler's frontier plus what the host reads of it for first-run decisions and status reports.</summary>
public interface IPipelineFrontierStore : IFrontierStore
{
    /// <summary>Whether the frontier knows any address of <paramref name="source"/> (false before its first run).</summary>
    /// <param name="source">The source name.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>True when the source has been crawled before.</returns>
    Task<bool> HasSourceAsync(string source, CancellationToken cancellationToken = default);

    /// <summary>Addresses per state, for status reports.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>State name to count.</returns>
    Task<IReadOnlyDictionary<string, int>> CountByStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Addresses waiting for their first fetch, per source: the crawl's queue depth, for metrics.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>Source name to count; sources with none are absent.</returns>
    Task<IReadOnlyDictionary<string, int>> CountDiscoveredBySourceAsync(CancellationToken cancellationToken = default);
}
