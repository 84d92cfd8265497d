using Microsoft.Extensions.Logging;

namespace Pipeline.Indexing;

/// <summary>The indexing stage's structured log events.</summary>
internal static partial class IndexingLog
{
    [LoggerMessage(401, LogLevel.Warning, "The index at {IndexPath} was written with an older schema; rebuilding it from the store with schema {SchemaVersion} and swapping it in")]
    public static partial void RebuildingOlderSchema(ILogger logger, string indexPath, int schemaVersion);

    [LoggerMessage(402, LogLevel.Information, "The index at {IndexPath} caught up with the store: {Written} articles written, {Total} documents")]
    public static partial void CaughtUp(ILogger logger, string indexPath, int written, int total);

    [LoggerMessage(403, LogLevel.Warning, "The index at {IndexPath} could not catch up with the store; trying again in {Interval}")]
    public static partial void FollowFailed(ILogger logger, Exception exception, string indexPath, TimeSpan interval);
}
