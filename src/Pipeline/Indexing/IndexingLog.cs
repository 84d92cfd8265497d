using Microsoft.Extensions.Logging;

namespace Pipeline.Indexing;

/// <summary>The indexing stage's structured log events.</summary>
internal static partial class IndexingLog
{
    [LoggerMessage(401, LogLevel.Warning, "The index at {IndexPath} was written with an older schema; rebuilding it from the store with schema {SchemaVersion} and swapping it in")]
    public static partial void RebuildingOlderSchema(ILogger logger, string indexPath, int schemaVersion);
}
