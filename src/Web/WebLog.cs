using Microsoft.Extensions.Logging;

namespace Pipeline.Web;

/// <summary>The web app's log messages.</summary>
internal static partial class WebLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "The crawl started from the web app failed")]
    public static partial void ActionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Refused an action from {Client}: {Reason}")]
    public static partial void ActionRefused(ILogger logger, string? client, string reason);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Crawl started from the web app by {Client}")]
    public static partial void ActionStarted(ILogger logger, string? client);
}
