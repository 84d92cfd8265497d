using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Pipeline.Storage.Postgres;

namespace Pipeline.Storage.Copying;

/// <summary>
/// Copies a SQLite store into a PostgreSQL one, table by table in key order, one transaction per batch. Rows are
/// upserted and rows already equal are left alone, so a copy cut short and started again completes, and a second
/// copy writes nothing. The target must be empty or hold an earlier copy of the same source: <c>store_copies</c>
/// records which.
/// </summary>
/// <param name="source">The SQLite store.</param>
/// <param name="target">The PostgreSQL store, migrated.</param>
/// <param name="timeProvider">The clock that stamps the copy's start and end.</param>
/// <param name="batchSize">Rows per batch (and per target transaction).</param>
public sealed class StoreCopier(PipelineDatabase source, PostgresDatabase target, TimeProvider timeProvider, int batchSize = 500)
{
    // Any fixed number: it names the lock that keeps two copies from writing into one database at once.
    private const long CopyLock = 0x7069_7065_636F_7079;

    // Tables that hold data of their own: any row in them, in a target without a copy of this source, is someone else's.
    private static readonly string[] DataTables = ["articles", "frontier", "runs", "article_trend"];

    /// <summary>Copies every table, then counts both sides; the copy is recorded as complete only when they match.</summary>
    /// <param name="progress">Told after each committed batch; null for none.</param>
    /// <param name="cancellationToken">Stops between batches; committed batches stay, and the next copy goes on from them.</param>
    /// <returns>Rows per table on both sides; see <see cref="StoreCopyReport.Complete"/>.</returns>
    /// <exception cref="StorageException">The target holds other data, or another copy is writing into it.</exception>
    public async Task<StoreCopyReport> CopyAsync(Action<CopyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var (identity, description) = await IdentifyAsync(cancellationToken);
        await using var guard = await target.OpenConnectionAsync(cancellationToken);
        if (!await ScalarAsync<bool>(guard, $"SELECT pg_try_advisory_lock({CopyLock})", cancellationToken))
        {
            throw new StorageException($"Another `pipeline store copy` is writing into the {target.Description}: wait for it to end.");
        }

        try
        {
            var previous = await ClaimAsync(guard, identity, description, cancellationToken);
            var written = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var table in CopyTable.All)
            {
                written[table.Name] = await CopyTableAsync(table, progress, cancellationToken);
            }

            written["host_leases"] = await ExecuteAsync(guard, "INSERT INTO host_leases (host) SELECT DISTINCT host FROM frontier ON CONFLICT (host) DO NOTHING", cancellationToken);
            // Runs keep their numbers; the target's own next run must come after them.
            await ExecuteAsync(guard, "SELECT setval(pg_get_serial_sequence('runs', 'id'), m) FROM (SELECT MAX(id) AS m FROM runs) r WHERE m IS NOT NULL", cancellationToken);
            var counts = await CountAsync(guard, written, cancellationToken);
            var report = new StoreCopyReport(source.Path, target.Description, previous, counts);
            if (!report.Complete)
            {
                // Not marked complete: the next copy says "resumed" and checks again.
                return report;
            }

            await using var done = new NpgsqlCommand("UPDATE store_copies SET completed_at = @at WHERE source = @source", guard);
            done.Parameters.AddWithValue("at", timeProvider.GetUtcNow().ToUniversalTime());
            done.Parameters.AddWithValue("source", identity);
            await done.ExecuteNonQueryAsync(cancellationToken);
            return report;
        }
        finally
        {
            await ExecuteAsync(guard, $"SELECT pg_advisory_unlock({CopyLock})", CancellationToken.None);
        }
    }

    // Version 1's stamp and the first article tell one SQLite store from another, wherever its directory has moved.
    private async Task<(string Identity, string Description)> IdentifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT applied_at FROM schema_version WHERE version = 1), (SELECT id FROM articles ORDER BY seq LIMIT 1)";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var created = reader.IsDBNull(0) ? "" : reader.GetString(0);
        var first = reader.IsDBNull(1) ? "" : reader.GetString(1);
        return ($"sqlite {created} {first}", source.Path);
    }

    /// <summary>Records this copy in the target, or refuses a target that holds data of its own or of another store.</summary>
    /// <returns>"new", "resumed" or "again".</returns>
    private async Task<string> ClaimAsync(NpgsqlConnection connection, string identity, string description, CancellationToken cancellationToken)
    {
        var copies = new List<(string Source, string Description, bool Completed)>();
        await using (var query = new NpgsqlCommand("SELECT source, description, completed_at IS NOT NULL FROM store_copies", connection))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                copies.Add((reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
            }
        }

        if (copies.FirstOrDefault(c => !string.Equals(c.Source, identity, StringComparison.Ordinal)) is { Source: not null } other)
        {
            throw new StorageException($"The {target.Description} already holds a copy of another store ({other.Description}). Copy into an empty database.");
        }

        if (copies.Count == 1)
        {
            return copies[0].Completed ? "again" : "resumed";
        }

        foreach (var table in DataTables)
        {
            if (await ScalarAsync<bool>(connection, $"SELECT EXISTS (SELECT 1 FROM {table})", cancellationToken))
            {
                throw new StorageException($"The {target.Description} is not empty: its table {table} holds data that did not come from {description}. Copy into an empty database (CREATE DATABASE ...).");
            }
        }

        await using var claim = new NpgsqlCommand("INSERT INTO store_copies (source, description, started_at) VALUES (@source, @description, @at)", connection);
        claim.Parameters.AddWithValue("source", identity);
        claim.Parameters.AddWithValue("description", description);
        claim.Parameters.AddWithValue("at", timeProvider.GetUtcNow().ToUniversalTime());
        await claim.ExecuteNonQueryAsync(cancellationToken);
        return "new";
    }

    private async Task<long> CopyTableAsync(CopyTable table, Action<CopyProgress>? progress, CancellationToken cancellationToken)
    {
        await using var reading = await source.OpenConnectionAsync(cancellationToken);
        await using var writing = await target.OpenConnectionAsync(cancellationToken);
        var columns = await ColumnsAsync(reading, writing, table.Name, cancellationToken);
        var keyOrdinals = table.OrderKey.Select(k => columns.FindIndex(c => c.Name == k)).ToArray();
        object?[]? after = null;
        long read = 0;
        long written = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = await ReadBatchAsync(reading, table, columns, after, cancellationToken);
            if (rows.Count == 0)
            {
                return written;
            }

            await using (var transaction = await writing.BeginTransactionAsync(cancellationToken))
            {
                written += await WriteBatchAsync(writing, transaction, table, columns, rows, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            read += rows.Count;
            after = keyOrdinals.Select(i => rows[^1][i]).ToArray();
            progress?.Invoke(new CopyProgress(table.Name, read, written));
        }
    }

    private async Task<List<object?[]>> ReadBatchAsync(SqliteConnection connection, CopyTable table, List<Column> columns, object?[]? after, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var keys = string.Join(", ", table.OrderKey);
        var where = "";
        if (after is not null)
        {
            where = $"WHERE ({keys}) > ({string.Join(", ", table.OrderKey.Select((_, i) => "$k" + i.ToString(CultureInfo.InvariantCulture)))})";
            for (var i = 0; i < after.Length; i++)
            {
                command.Parameters.AddWithValue("$k" + i.ToString(CultureInfo.InvariantCulture), after[i] ?? DBNull.Value);
            }
        }

        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => c.Name))} FROM {table.Name} {where} ORDER BY {keys} LIMIT $limit";
        command.Parameters.AddWithValue("$limit", batchSize);
        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[columns.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static async Task<long> WriteBatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CopyTable table, List<Column> columns, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", columns.Select(c => c.Name));
        var sql = new StringBuilder($"INSERT INTO {table.Name} AS t ({names}) VALUES ");
        await using var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"p{r}_{c}");
                sql.Append(c == 0 ? "@" : ", @").Append(name);
                command.Parameters.Add(new NpgsqlParameter(name, columns[c].Type) { Value = ColumnValues.Convert(rows[r][c], columns[c].Type) });
            }

            sql.Append(')');
        }

        var others = columns.Where(c => !table.ConflictKey.Contains(c.Name)).Select(c => c.Name).ToList();
        var distinct = $"({string.Join(", ", others.Select(c => "t." + c))}) IS DISTINCT FROM ({string.Join(", ", others.Select(c => "EXCLUDED." + c))})";
        // Equal rows are not rewritten: the affected count is what this copy added or changed.
        sql.Append(CultureInfo.InvariantCulture, $" ON CONFLICT ({string.Join(", ", table.ConflictKey)}) DO UPDATE SET {string.Join(", ", others.Select(c => $"{c} = EXCLUDED.{c}"))}")
            .Append(" WHERE ").Append(table.OverwriteWhen ?? distinct);
        command.CommandText = sql.ToString();
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new StorageException($"The target's table {table.Name} holds a different row under the same key ({ex.ConstraintName}): it was written to after an earlier copy. Copy into an empty database.", ex);
        }
    }

    /// <summary>The source's columns of a table, with the type the target gives each.</summary>
    private static async Task<List<Column>> ColumnsAsync(SqliteConnection reading, NpgsqlConnection writing, string table, CancellationToken cancellationToken)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var query = new NpgsqlCommand("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table", writing))
        {
            query.Parameters.AddWithValue("table", table);
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                types[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var columns = new List<Column>();
        await using (var pragma = reading.CreateCommand())
        {
            pragma.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
            await using var reader = await pragma.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var name = reader.GetString(0);
                if (!types.TryGetValue(name, out var type))
                {
                    throw new StorageException($"The target's table {table} has no column {name}: use a pipeline of the same version on both sides.");
                }

                columns.Add(new Column(name, ColumnValues.TypeOf(type)));
            }
        }

        return columns;
    }

    private async Task<List<TableCount>> CountAsync(NpgsqlConnection connection, Dictionary<string, long> written, CancellationToken cancellationToken)
    {
        await using var reading = await source.OpenConnectionAsync(cancellationToken);
        var counts = new List<TableCount>();
        foreach (var table in CopyTable.All.Select(t => t.Name).Append("host_leases"))
        {
            // SQLite never leases hosts: its side is the hosts of its frontier, one free lease each in the target.
            var sourceSql = table == "host_leases" ? "SELECT COUNT(DISTINCT host) FROM frontier" : $"SELECT COUNT(*) FROM {table}";
            await using var command = reading.CreateCommand();
            command.CommandText = sourceSql;
            var sourceCount = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            var targetCount = await ScalarAsync<long>(connection, $"SELECT COUNT(*) FROM {table}", cancellationToken);
            counts.Add(new TableCount(table, sourceCount, targetCount, written.GetValueOrDefault(table)));
        }

        return counts;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<long> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record Column(string Name, NpgsqlDbType Type);
}
