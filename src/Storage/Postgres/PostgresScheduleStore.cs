using Npgsql;

namespace Pipeline.Storage.Postgres;

/// <summary>Reads the Quartz tables of migration 5 on PostgreSQL, as <see cref="SqliteScheduleStore"/> does.</summary>
/// <param name="database">The database.</param>
internal sealed class PostgresScheduleStore(PostgresDatabase database) : IScheduleStore
{
    /// <inheritdoc />
    public async Task<StoredTrigger?> ReadCronTriggerAsync(string schedulerName, string name, string group, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT c.cron_expression, c.time_zone_id, t.next_fire_time, t.prev_fire_time, t.trigger_state
            FROM {QuartzSchema.TablePrefix}triggers t
            JOIN {QuartzSchema.TablePrefix}cron_triggers c
              ON c.sched_name = t.sched_name AND c.trigger_name = t.trigger_name AND c.trigger_group = t.trigger_group
            WHERE t.sched_name = @scheduler AND t.trigger_name = @name AND t.trigger_group = @group
            """,
            connection);
        command.Parameters.AddWithValue("scheduler", schedulerName);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("group", group);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredTrigger(
            reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            SqliteScheduleStore.Ticks(reader.IsDBNull(2) ? null : reader.GetInt64(2)),
            SqliteScheduleStore.Ticks(reader.IsDBNull(3) ? null : reader.GetInt64(3)),
            reader.GetString(4));
    }
}
