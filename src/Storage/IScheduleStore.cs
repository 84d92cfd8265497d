namespace Pipeline.Storage;

/// <summary>What the daemon's Quartz job store holds, for commands that run without a scheduler.</summary>
public interface IScheduleStore
{
    /// <summary>The stored cron trigger, if a daemon has registered it.</summary>
    /// <param name="schedulerName">The scheduler's instance name.</param>
    /// <param name="name">The trigger's name.</param>
    /// <param name="group">The trigger's group.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The trigger or null.</returns>
    Task<StoredTrigger?> ReadCronTriggerAsync(string schedulerName, string name, string group, CancellationToken cancellationToken = default);
}
