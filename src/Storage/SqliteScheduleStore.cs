namespace Pipeline.Storage;

/// <summary>Reads what the daemon's Quartz job store holds, for commands that run without a scheduler (<c>pipeline status</c>).</summary>
/// <param name="database">The database.</param>
internal sealed class SqliteScheduleStore(PipelineDatabase database) : IScheduleStore
{
    /// <summary>The stored cron trigger, if a daemon has registered it.</summary>
    /// <param name="schedulerName">The scheduler's instance name.</param>
    /// <param name="name">The trigger's name.</param>
    /// <param name="group">The trigger's group.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The trigger or null.</returns>
    public async Task<StoredTrigger?> ReadCronTriggerAsync(string schedulerName, string name, string group, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Quartz keeps times as UTC ticks.
        command.CommandText = $"""
            SELECT c.cron_expression, c.time_zone_id, t.next_fire_time, t.prev_fire_time, t.trigger_state
            FROM {QuartzSchema.TablePrefix}triggers t
            JOIN {QuartzSchema.TablePrefix}cron_triggers c
              ON c.sched_name = t.sched_name AND c.trigger_name = t.trigger_name AND c.trigger_group = t.trigger_group
            WHERE t.sched_name = $scheduler AND t.trigger_name = $name AND t.trigger_group = $group
            """;
        command.Parameters.AddWithValue("$scheduler", schedulerName);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$group", group);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredTrigger(
            reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            Ticks(reader.IsDBNull(2) ? null : reader.GetInt64(2)),
            Ticks(reader.IsDBNull(3) ? null : reader.GetInt64(3)),
            reader.GetString(4));
    }

    // Quartz writes 0 or a negative value for "none" on some paths.
    internal static DateTimeOffset? Ticks(long? ticks) =>
        ticks is long value && value > 0 && value <= DateTimeOffset.MaxValue.UtcTicks ? new DateTimeOffset(value, TimeSpan.Zero) : null;
}
