using System.Globalization;

namespace Pipeline.Storage;

/// <summary>Run history in the pipeline database. The start is committed before any work, so a killed run stays visible as "running".</summary>
/// <param name="database">The database.</param>
public sealed class SqliteRunStore(PipelineDatabase database)
{
    /// <summary>Records the start of a run.</summary>
    /// <param name="kind">The kind of run.</param>
    /// <param name="startedAt">Its start time.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The run number.</returns>
    public async Task<long> StartAsync(string kind, DateTimeOffset startedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO runs (kind, started_at, status) VALUES ($kind, $started, 'running') RETURNING id";
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$started", SqlTime.Utc(startedAt));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Records the end of a run with its counts.</summary>
    /// <param name="run">The finished run; its id names the row.</param>
    /// <param name="reportJson">The per-source report as JSON.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the record is durable.</returns>
    public async Task FinishAsync(RunRecord run, string reportJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE runs SET ended_at = $ended, status = $status, discovered = $discovered, fetched = $fetched,
                new_articles = $new, updated_articles = $updated, unchanged = $unchanged, duplicates = $duplicates, skipped = $skipped,
                failed = $failed, blocked = $blocked, indexed = $indexed, message = $message, report = $report
            WHERE id = $id
            """;
        var p = command.Parameters;
        p.AddWithValue("$id", run.Id);
        p.AddWithValue("$ended", run.EndedAt is { } ended ? SqlTime.Utc(ended) : DBNull.Value);
        p.AddWithValue("$status", run.Status);
        p.AddWithValue("$discovered", run.Discovered);
        p.AddWithValue("$fetched", run.Fetched);
        p.AddWithValue("$new", run.New);
        p.AddWithValue("$updated", run.Updated);
        p.AddWithValue("$unchanged", run.Unchanged);
        p.AddWithValue("$duplicates", run.Duplicates);
        p.AddWithValue("$skipped", run.Skipped);
        p.AddWithValue("$blocked", run.Blocked);
        p.AddWithValue("$failed", run.Failed);
        p.AddWithValue("$indexed", run.Indexed);
        p.AddWithValue("$message", (object?)run.Message ?? DBNull.Value);
        p.AddWithValue("$report", reportJson);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>When the last successful run of <paramref name="kind"/> started, if there was one.</summary>
    /// <param name="kind">The kind of run.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The start time or null.</returns>
    public async Task<DateTimeOffset?> LastSucceededStartAsync(string kind, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(started_at) FROM runs WHERE kind = $kind AND status = 'succeeded'";
        command.Parameters.AddWithValue("$kind", kind);
        return SqlTime.Parse(await command.ExecuteScalarAsync(cancellationToken) as string);
    }

    /// <summary>The most recent run, if any.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The run or null.</returns>
    public async Task<RunRecord?> LastAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, kind, started_at, ended_at, status, discovered, fetched, new_articles, updated_articles, unchanged,
                   duplicates, skipped, failed, blocked, indexed, message
            FROM runs ORDER BY id DESC LIMIT 1
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new RunRecord(
            reader.GetInt64(0),
            reader.GetString(1),
            SqlTime.Parse(reader.GetString(2))!.Value,
            SqlTime.Parse(reader.IsDBNull(3) ? null : reader.GetString(3)),
            reader.GetString(4),
            reader.GetInt32(5),
            reader.GetInt32(6),
            reader.GetInt32(7),
            reader.GetInt32(8),
            reader.GetInt32(9),
            reader.GetInt32(10),
            reader.GetInt32(11),
            reader.GetInt32(12),
            reader.GetInt32(13),
            reader.GetInt32(14),
            reader.IsDBNull(15) ? null : reader.GetString(15));
    }
}
