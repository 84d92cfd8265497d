using Microsoft.Extensions.Logging;

namespace Pipeline.Crawler.Fetching;

/// <summary>The fetcher's structured log events.</summary>
internal static partial class FetcherLog
{
    [LoggerMessage(EventId = 11, Message = "{Url}: decoded as {Used} (declared {Declared}, {Reason}), {Replaced} invalid sequence(s) replaced")]
    public static partial void CharsetDecided(ILogger logger, LogLevel level, Uri url, string used, string? declared, CharsetReason reason, int replaced);
}
