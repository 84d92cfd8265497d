namespace Pipeline.Status;

/// <summary>The nightly schedule as the daemon stored it, or as configured when no daemon has started yet.</summary>
/// <param name="Cron">The cron expression.</param>
/// <param name="TimeZone">Its time zone.</param>
/// <param name="NextRun">The next start in that zone, if any.</param>
/// <param name="Stored">True when read from the job store (a daemon has registered it); false when computed from the settings.</param>
public sealed record ScheduleStatus(string Cron, string TimeZone, DateTimeOffset? NextRun, bool Stored);
