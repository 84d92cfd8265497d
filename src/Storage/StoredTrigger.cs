namespace Pipeline.Storage;

/// <summary>A cron trigger as Quartz's job store holds it.</summary>
/// <param name="Cron">The cron expression.</param>
/// <param name="TimeZone">Its time zone id.</param>
/// <param name="NextFire">The next firing, if any.</param>
/// <param name="PreviousFire">The last firing, if any.</param>
/// <param name="State">Quartz's trigger state (WAITING, PAUSED, BLOCKED...).</param>
public sealed record StoredTrigger(string Cron, string? TimeZone, DateTimeOffset? NextFire, DateTimeOffset? PreviousFire, string State);
