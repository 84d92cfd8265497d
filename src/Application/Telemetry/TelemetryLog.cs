using Microsoft.Extensions.Logging;

namespace Pipeline.Telemetry;

/// <summary>The metrics' structured log events.</summary>
internal static partial class TelemetryLog
{
    [LoggerMessage(1101, LogLevel.Warning, "Sampling the store for the metrics failed; the last sample stands")]
    public static partial void SampleFailed(ILogger logger, Exception exception);
}
