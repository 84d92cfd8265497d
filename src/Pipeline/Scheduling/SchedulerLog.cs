using Microsoft.Extensions.Logging;

namespace Pipeline.Scheduling;

/// <summary>The daemon's structured log events.</summary>
internal static partial class SchedulerLog
{
    [LoggerMessage(201, LogLevel.Information, "Schedule '{Cron}' ({TimeZone}) kept from {Since:o}; next start {Next:o}")]
    public static partial void ScheduleKept(ILogger logger, string cron, string timeZone, DateTimeOffset since, DateTimeOffset? next);

    [LoggerMessage(202, LogLevel.Information, "Schedule '{Cron}' ({TimeZone}) stored; next start {Next:o}")]
    public static partial void ScheduleStored(ILogger logger, string cron, string timeZone, DateTimeOffset? next);

    [LoggerMessage(203, LogLevel.Warning, "The start of {Missed:o} was missed while the daemon was down; one run makes up for it now")]
    public static partial void CatchingUp(ILogger logger, DateTimeOffset missed);

    [LoggerMessage(204, LogLevel.Information, "Make-up run skipped: a run has started since the missed start of {Missed:o}")]
    public static partial void CatchUpNotNeeded(ILogger logger, DateTimeOffset missed);

    [LoggerMessage(205, LogLevel.Warning, "Scheduled run skipped: {Reason}")]
    public static partial void RunSkipped(ILogger logger, string reason);

    [LoggerMessage(206, LogLevel.Error, "Scheduled run failed; it is recorded in the run history and the schedule goes on")]
    public static partial void RunFailed(ILogger logger, Exception exception);

    [LoggerMessage(207, LogLevel.Information, "Scheduled run starting (fired by {FiredBy})")]
    public static partial void RunStarting(ILogger logger, string firedBy);
}
