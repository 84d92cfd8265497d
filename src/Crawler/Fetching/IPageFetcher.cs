namespace Pipeline.Crawler.Fetching;

/// <summary>Fetches one address over the network. Failures are results, not exceptions; cancellation still throws.</summary>
public interface IPageFetcher
{
    /// <summary>Fetches and decodes <paramref name="url"/>.</summary>
    /// <param name="url">The address.</param>
    /// <param name="allowPrivateNetwork">True when the source may live on loopback or private addresses.</param>
    /// <param name="conditional">Validators of a stored copy; a 304 answer then returns <see cref="FetchResult.NotModified"/>.</param>
    /// <param name="cancellationToken">Stops the fetch.</param>
    /// <returns>The page or the failure.</returns>
    Task<FetchResult> FetchAsync(Uri url, bool allowPrivateNetwork, ConditionalRequest? conditional = null, CancellationToken cancellationToken = default);
}
