using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Pipeline.Storage.Postgres;

/// <summary>Run history on PostgreSQL, as <see cref="SqliteRunStore"/> keeps it; the server makes every commit durable.</summary>
/// <param name="database">The database.</param>
internal sealed class PostgresRunStore(PostgresDatabase database) : IRunStore
{
    private const string Columns = """
        id, kind, started_at, ended_at, status, discovered, fetched, new_articles, updated_articles, unchanged,
        duplicates, skipped, failed, blocked, indexed, message, analyzed, stage, fired_by, errors, node
        """;

    /// <inheritdoc />
    public async Task<long> StartAsync(string kind, string firedBy, DateTimeOffset startedAt, string? node = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO runs (kind, started_at, status, stage, fired_by, owner, node) VALUES (@kind, @started, 'running', 'crawl', @firedBy, @owner, @node)
            RETURNING id
            """,
            connection);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("started", startedAt.ToUniversalTime());
        command.Parameters.AddWithValue("firedBy", firedBy);
        command.Parameters.AddWithValue("node", NpgsqlDbType.Text, (object?)node ?? DBNull.Value);
        command.Parameters.AddWithValue("owner", string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}"));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task EnterStageAsync(long id, string stage, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE runs SET stage = @stage WHERE id = @id AND status = 'running'", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("stage", stage);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task SaveProgressAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE runs SET discovered = @discovered, fetched = @fetched, new_articles = @new, updated_articles = @updated,
                unchanged = @unchanged, duplicates = @duplicates, skipped = @skipped, failed = @failed, blocked = @blocked,
                indexed = @indexed, analyzed = @analyzed, errors = @errors
            WHERE id = @id AND status = 'running'
            """,
            connection);
        AddCounts(command.Parameters, run);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task FinishAsync(RunRecord run, string reportJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE runs SET ended_at = @ended, status = @status, discovered = @discovered, fetched = @fetched,
                new_articles = @new, updated_articles = @updated, unchanged = @unchanged, duplicates = @duplicates, skipped = @skipped,
                failed = @failed, blocked = @blocked, indexed = @indexed, message = @message, report = @report,
                analyzed = @analyzed, stage = @stage, errors = @errors
            WHERE id = @id
            """,
            connection);
        var p = command.Parameters;
        AddCounts(p, run);
        p.AddWithValue("ended", NpgsqlDbType.TimestampTz, run.EndedAt is { } ended ? ended.ToUniversalTime() : DBNull.Value);
        p.AddWithValue("status", run.Status);
        p.AddWithValue("message", NpgsqlDbType.Text, (object?)run.Message ?? DBNull.Value);
        p.AddWithValue("report", reportJson);
        p.AddWithValue("stage", NpgsqlDbType.Text, (object?)run.Stage ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<long>> MarkInterruptedAsync(DateTimeOffset detectedAt, string? node = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // A live node holds its name (PostgresCrawlerNodes) for as long as it runs, so a name whose lock can be taken
        // belongs to no live process; the lock taken to find out goes with this statement's transaction. ended_at
        // stays empty: when the process died is not known, only when it was found.
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE runs SET status = 'interrupted',
                message = 'the process stopped during the ' || COALESCE(stage, 'crawl') || ' stage (killed, crashed or power lost); found ' || @at
            WHERE status = 'running'
              AND (node IS NULL OR node = @node OR pg_try_advisory_xact_lock({PostgresCrawlerNodes.LockSpace}, hashtext(node)))
            RETURNING id
            """,
            connection);
        command.Parameters.AddWithValue("at", NpgsqlDbType.Text, SqlTime.Utc(detectedAt));
        command.Parameters.AddWithValue("node", NpgsqlDbType.Text, (object?)node ?? DBNull.Value);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        ids.Sort();
        return ids;
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> LastSucceededStartAsync(string kind, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT MAX(started_at) FROM runs WHERE kind = @kind AND status = 'succeeded'", connection);
        command.Parameters.AddWithValue("kind", kind);
        return await ScalarTimeAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> LastStartAsync(IReadOnlyList<string> kinds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT MAX(started_at) FROM runs WHERE kind = ANY(@kinds)", connection);
        command.Parameters.AddWithValue("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text, kinds.ToArray());
        return await ScalarTimeAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RunRecord?> LastAsync(CancellationToken cancellationToken = default) =>
        await ListAsync(1, cancellationToken) is [var last, ..] ? last : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<RunRecord>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM runs ORDER BY id DESC LIMIT @limit", connection);
        command.Parameters.AddWithValue("limit", limit);
        var runs = new List<RunRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(Read(reader));
        }

        return runs;
    }

    private static async Task<DateTimeOffset?> ScalarTimeAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0) ? reader.GetFieldValue<DateTimeOffset>(0) : null;
    }

    private static void AddCounts(NpgsqlParameterCollection p, RunRecord run)
    {
        p.AddWithValue("id", run.Id);
        p.AddWithValue("discovered", run.Discovered);
        p.AddWithValue("fetched", run.Fetched);
        p.AddWithValue("new", run.New);
        p.AddWithValue("updated", run.Updated);
        p.AddWithValue("unchanged", run.Unchanged);
        p.AddWithValue("duplicates", run.Duplicates);
        p.AddWithValue("skipped", run.Skipped);
        p.AddWithValue("blocked", run.Blocked);
        p.AddWithValue("failed", run.Failed);
        p.AddWithValue("indexed", run.Indexed);
        p.AddWithValue("analyzed", run.Analyzed);
        p.AddWithValue("errors", NpgsqlDbType.Text, run.Errors is { Count: > 0 } errors ? JsonSerializer.Serialize(errors) : DBNull.Value);
    }

    private static RunRecord Read(NpgsqlDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.GetFieldValue<DateTimeOffset>(2),
            reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
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
