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

    /// <summary>
    /// Fetches <paramref name="url"/> and hands its body to <paramref name="read"/> as a stream, inflated when it
    /// is gzip and cut after <paramref name="maxBytes"/> (then <see cref="FetchResult.Truncated"/>), for
    /// listings larger than a page may be. <paramref name="read"/> may run again when an attempt is retried.
    /// </summary>
    /// <param name="url">The address.</param>
    /// <param name="allowPrivateNetwork">True when the source may live on loopback or private addresses.</param>
    /// <param name="maxBytes">Bytes read at most, after decompression.</param>
    /// <param name="read">Reads the body.</param>
    /// <param name="cancellationToken">Stops the fetch.</param>
    /// <returns>The outcome; on success its <see cref="FetchResult.Text"/> is empty, the body went to <paramref name="read"/>.</returns>
    async Task<FetchResult> FetchStreamAsync(Uri url, bool allowPrivateNetwork, long maxBytes, Func<Stream, CancellationToken, Task> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);

        // Fetchers that only fetch pages hand over the decoded page, within their own body limit.
        var result = await FetchAsync(url, allowPrivateNetwork, null, cancellationToken);
        if (result.IsSuccess)
        {
            await using var body = new LimitedReadStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(result.Text!)), maxBytes);
            await read(body, cancellationToken);
            return result with { Truncated = result.Truncated || body.Truncated };
        }

        return result;
    }
}
