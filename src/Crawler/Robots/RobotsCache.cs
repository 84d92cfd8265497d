using System.Collections.Concurrent;
using System.Net;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Crawler.Robots;

/// <summary>
/// robots.txt per scheme and authority, fetched once per run. RFC 9309: a 4xx answer allows everything;
/// 5xx, 429 or a network failure disallows everything for now.
/// </summary>
/// <param name="fetcher">The page fetcher (redirects are followed by its handler, at most five).</param>
/// <param name="productToken">The crawler's product token.</param>
public sealed class RobotsCache(IPageFetcher fetcher, string productToken)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsTxt>>> byAuthority = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules for <paramref name="url"/>'s host.</summary>
    /// <param name="url">Any address on the host.</param>
    /// <param name="allowPrivateNetwork">Whether the source may reach private addresses.</param>
    /// <param name="cancellationToken">Stops the fetch.</param>
    /// <returns>The parsed rules.</returns>
    public Task<RobotsTxt> GetAsync(Uri url, bool allowPrivateNetwork, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var authority = url.GetLeftPart(UriPartial.Authority);
        return byAuthority.GetOrAdd(authority, key => new Lazy<Task<RobotsTxt>>(() => FetchAsync(new Uri(key + "/robots.txt"), allowPrivateNetwork, cancellationToken))).Value;
    }

    private async Task<RobotsTxt> FetchAsync(Uri robotsUrl, bool allowPrivateNetwork, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(robotsUrl, allowPrivateNetwork, cancellationToken: cancellationToken);
        if (result.IsSuccess)
        {
            return RobotsTxt.Parse(result.Text!, productToken);
        }

        return result.Status is { } status && (int)status is >= 400 and < 500 && status != HttpStatusCode.TooManyRequests
            ? RobotsTxt.AllowAll
            : RobotsTxt.DisallowAll;
    }
}
