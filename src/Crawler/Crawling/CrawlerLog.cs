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
}
