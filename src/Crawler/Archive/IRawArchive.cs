using Pipeline.Crawler.Fetching;

namespace Pipeline.Crawler.Archive;

/// <summary>Keeps every response as received, so extraction can be re-run without the network.</summary>
public interface IRawArchive
{
    /// <summary>Archives one exchange (request and response). Fetches that got no response are not archived.</summary>
    /// <param name="fetch">The fetch result, with its headers and body.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes once the records are written.</returns>
    Task WriteAsync(FetchResult fetch, CancellationToken cancellationToken = default);
}
