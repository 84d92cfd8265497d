using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Pipeline.Storage;

/// <summary>
/// Run history in the pipeline database. The start is committed before any work, so a killed run stays visible
/// as "running" until the next start marks it "interrupted". Every write here syncs to disk before it returns.
/// </summary>
/// <param name="database">The database.</param>
internal sealed class SqliteRunStore(PipelineDatabase database) : IRunStore
{
    private const string Columns = """
        id, kind, started_at, ended_at, status, discovered, fetched, new_articles, updated_articles, unchanged,
        duplicates, skipped, failed, blocked, indexed, message, analyzed, stage, fired_by, errors, node
        """;

    /// <summary>Records the start of a run.</summary>
    /// <param name="kind">The kind of run ("crawl", "scheduled", "demo").</param>
    /// <param name="firedBy">What started it ("cli", "cron", "catch-up", "manual", "recovery").</param>
    /// <param name="startedAt">Its start time.</param>
    /// <param name="node">The node running it; shown only, as one process runs at a time.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The run number.</returns>
    public async Task<long> StartAsync(string kind, string firedBy, DateTimeOffset startedAt, string? node = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(durable: true, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO runs (kind, started_at, status, stage, fired_by, owner, node) VALUES ($kind, $started, 'running', 'crawl', $firedBy, $owner, $node)
            RETURNING id
            """;
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$started", SqlTime.Utc(startedAt));
        command.Parameters.AddWithValue("$firedBy", firedBy);
        command.Parameters.AddWithValue("$node", (object?)node ?? DBNull.Value);
        command.Parameters.AddWithValue("$owner", string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}"));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Records the stage a running run has reached, so a run that dies shows where.</summary>
    /// <param name="id">The run.</param>
    /// <param name="stage">"crawl", "analysis" or "index".</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the stage is durable.</returns>
    public async Task EnterStageAsync(long id, string stage, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(durable: true, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE runs SET stage = $stage WHERE id = $id AND status = 'running'";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$stage", stage);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Saves the counts and errors a running run has reached, so a run whose process dies shows how far it got. Only
    /// a row still "running" changes: a late save never overwrites a finished record.
    /// </summary>
    /// <param name="run">The run so far; its id names the row. Its status, end and stage are not written.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the counts are durable.</returns>
    public async Task SaveProgressAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await database.OpenConnectionAsync(durable: true, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE runs SET discovered = $discovered, fetched = $fetched, new_articles = $new, updated_articles = $updated,
                unchanged = $unchanged, duplicates = $duplicates, skipped = $skipped, failed = $failed, blocked = $blocked,
                indexed = $indexed, analyzed = $analyzed, errors = $errors
            WHERE id = $id AND status = 'running'
            """;
        AddCounts(command.Parameters, run);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records the end of a run with its counts.</summary>
    /// <param name="run">The finished run; its id names the row.</param>
    /// <param name="reportJson">The per-source report as JSON.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the record is durable.</returns>
    public async Task FinishAsync(RunRecord run, string reportJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await database.OpenConnectionAsync(durable: true, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE runs SET ended_at = $ended, status = $status, discovered = $discovered, fetched = $fetched,
                new_articles = $new, updated_articles = $updated, unchanged = $unchanged, duplicates = $duplicates, skipped = $skipped,
                failed = $failed, blocked = $blocked, indexed = $indexed, message = $message, report = $report,
                analyzed = $analyzed, stage = $stage, errors = $errors
            WHERE id = $id
            """;
        var p = command.Parameters;
        AddCounts(p, run);
        p.AddWithValue("$ended", run.EndedAt is { } ended ? SqlTime.Utc(ended) : DBNull.Value);
        p.AddWithValue("$status", run.Status);
        p.AddWithValue("$message", (object?)run.Message ?? DBNull.Value);
        p.AddWithValue("$report", reportJson);
        p.AddWithValue("$stage", (object?)run.Stage ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddCounts(SqliteParameterCollection p, RunRecord run)
    {
        p.AddWithValue("$id", run.Id);
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
        p.AddWithValue("$analyzed", run.Analyzed);
        p.AddWithValue("$errors", run.Errors is { Count: > 0 } errors ? JsonSerializer.Serialize(errors) : DBNull.Value);
    }

    /// <summary>
    /// Marks every run still "running" as "interrupted". Call it only while holding the data directory's run lock:
    /// then no live process owns a running row, so each one belongs to a process that died.
    /// </summary>
    /// <param name="detectedAt">When the interruption was found.</param>
    /// <param name="node">Not used: with the run lock held, every running row is a dead process's, whichever node it names.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The runs marked.</returns>
    public async Task<IReadOnlyList<long>> MarkInterruptedAsync(DateTimeOffset detectedAt, string? node = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(durable: true, cancellationToken);
        await using var command = connection.CreateCommand();
        // ended_at stays empty: when the process died is not known, only when it was found.
        command.CommandText = """
            UPDATE runs SET status = 'interrupted',
                message = 'the process stopped during the ' || COALESCE(stage, 'crawl') || ' stage (killed, crashed or power lost); found ' || $at
            WHERE status = 'running'
            RETURNING id
            """;
        command.Parameters.AddWithValue("$at", SqlTime.Utc(detectedAt));
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        ids.Sort();
        return ids;
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

    /// <summary>When the last run of any of <paramref name="kinds"/> started, whatever became of it.</summary>
    /// <param name="kinds">The kinds of run that count.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The start time or null.</returns>
    public async Task<DateTimeOffset?> LastStartAsync(IReadOnlyList<string> kinds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = kinds.Select((_, i) => "$k" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"SELECT MAX(started_at) FROM runs WHERE kind IN ({string.Join(", ", names)})";
        for (var i = 0; i < kinds.Count; i++)
        {
            command.Parameters.AddWithValue(names[i], kinds[i]);
        }

        return SqlTime.Parse(await command.ExecuteScalarAsync(cancellationToken) as string);
    }

    /// <summary>The most recent run, if any.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The run or null.</returns>
    public async Task<RunRecord?> LastAsync(CancellationToken cancellationToken = default) =>
        await ListAsync(1, cancellationToken) is [var last, ..] ? last : null;

    /// <summary>The most recent runs, newest first.</summary>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The runs.</returns>
    public async Task<IReadOnlyList<RunRecord>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM runs ORDER BY id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        var runs = new List<RunRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(Read(reader));
        }

        return runs;
    }

    private static RunRecord Read(SqliteDataReader reader) =>
        new(
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
            reader.IsDBNull(15) ? null : reader.GetString(15),
            reader.GetInt32(16),
            reader.IsDBNull(17) ? null : reader.GetString(17),
            reader.IsDBNull(18) ? null : reader.GetString(18),
            reader.IsDBNull(19) ? [] : RunErrors.Parse(reader.GetString(19)),
            reader.IsDBNull(20) ? null : reader.GetString(20));
}
