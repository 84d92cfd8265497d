using Microsoft.Extensions.Logging;

namespace Pipeline.Crawler.Crawling;

/// <summary>The crawler's structured log events.</summary>
internal static partial class CrawlerLog
{
    [LoggerMessage(1, LogLevel.Information, "Source {Source}: {Discovered} article links discovered, {New} new")]
    public static partial void Discovered(ILogger logger, string source, int discovered, int @new);

    [LoggerMessage(2, LogLevel.Warning, "Source {Source}: listing {Url} could not be read: {Reason}")]
    public static partial void ListingFailed(ILogger logger, string source, Uri url, string reason);

    [LoggerMessage(3, LogLevel.Warning, "Source {Source}: {Url} failed: {Reason}")]
    public static partial void PageFailed(ILogger logger, string source, Uri url, string reason);

    [LoggerMessage(4, LogLevel.Information, "Source {Source}: {Url} skipped: {Reason}")]
    public static partial void PageSkipped(ILogger logger, string source, Uri url, string reason);

    [LoggerMessage(5, LogLevel.Debug, "Source {Source}: {Url} stored ({Outcome})")]
    public static partial void PageStored(ILogger logger, string source, Uri url, StoreOutcome outcome);

    [LoggerMessage(6, LogLevel.Error, "Source {Source}: {Url} could not be extracted; the page is skipped")]
    public static partial void ExtractionCrashed(ILogger logger, Exception exception, string source, Uri url);

    [LoggerMessage(7, LogLevel.Information, "Node {Node} leased host {Host}")]
    public static partial void HostLeased(ILogger logger, string node, string host);

    [LoggerMessage(8, LogLevel.Warning, "Node {Node} lost its lease on {Host} (not renewed in time); another node finishes the host")]
    public static partial void HostLeaseLost(ILogger logger, string node, string host);

    [LoggerMessage(9, LogLevel.Warning, "Node {Node} could not renew its host leases; it tries again")]
    public static partial void HostLeaseRenewalFailed(ILogger logger, Exception exception, string node);

    [LoggerMessage(10, LogLevel.Information, "Source {Source}: listing {Url} left to the node that holds its host")]
    public static partial void ListingLeftToOtherNode(ILogger logger, string source, Uri url);
}
