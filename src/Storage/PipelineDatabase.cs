using Microsoft.Data.Sqlite;

namespace Pipeline.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, schema brought up to date by <see cref="Migrations"/>
/// on open. Connections are short-lived and cheap (pooled by Microsoft.Data.Sqlite).
/// </summary>
public sealed class PipelineDatabase
{
    private const int SqliteNotADatabase = 26;
    private const int SqliteCorrupt = 11;

    private readonly string connectionString;
    private readonly bool readOnly;

    private PipelineDatabase(string path, string connectionString, bool readOnly = false)
    {
        Path = path;
        this.connectionString = connectionString;
        this.readOnly = readOnly;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The connection string, for components that open their own connections (Quartz's job store).</summary>
    public string ConnectionString => connectionString;

    /// <summary>Opens the database, creating and migrating it when <paramref name="create"/> is true.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="create">False for read-only commands: a missing file is then an error.</param>
    /// <param name="timeProvider">The clock that stamps applied migrations.</param>
    /// <param name="cancellationToken">Stops the migration.</param>
    /// <returns>The database.</returns>
    /// <exception cref="StorageException">Missing (without <paramref name="create"/>), damaged, newer than this program, or in a directory that cannot be written.</exception>
    public static async Task<PipelineDatabase> OpenAsync(string path, bool create, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        if (!create && !File.Exists(path))
        {
            throw new StorageException($"There is no pipeline database at {path}. Run `pipeline demo` or `pipeline crawl` first, or point --data-dir at an existing data directory.");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = 30,
        };
        var database = new PipelineDatabase(path, builder.ToString());
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await database.MigrateAsync(connection, timeProvider, cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            throw new StorageException($"The file {path} is not a pipeline database or is damaged ({ex.Message}). Restore it from a backup or move it away and crawl again.", ex);
        }
        catch (SqliteException ex) when (StorageFailure.IsUnwritable(ex))
        {
            throw StorageFailure.Database(path, ex);
        }

        return database;
    }

    /// <summary>
    /// Opens an existing database for commands that only read. When its directory cannot be written (a read-only
    /// copy or mount), it is opened read-only instead, so that such a copy can still be inspected.
    /// </summary>
    /// <param name="path">The database file.</param>
    /// <param name="timeProvider">The clock that stamps applied migrations (when the directory is writable).</param>
    /// <param name="cancellationToken">Stops the open.</param>
    /// <returns>The database; on the read-only path, writes through it fail.</returns>
    /// <exception cref="StorageException">Missing, damaged, newer than this program, or unreadable.</exception>
    public static async Task<PipelineDatabase> OpenForReadingAsync(string path, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        try
        {
            return await OpenAsync(path, create: false, timeProvider, cancellationToken);
        }
        catch (StorageException unwritable) when (unwritable.InnerException is SqliteException inner && StorageFailure.IsUnwritable(inner))
        {
            var readable = await OpenReadOnlyAsync(path, cancellationToken);
            if (readable is null)
            {
                throw;
            }

            return readable;
        }
    }

    /// <summary>Opens a connection with the pragmas every connection needs.</summary>
    /// <param name="cancellationToken">Stops the open.</param>
    /// <returns>An open connection; dispose it.</returns>
    public Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        OpenConnectionAsync(durable: false, cancellationToken);

    /// <summary>Opens a connection with the pragmas every connection needs.</summary>
    /// <param name="durable">
    /// True to sync every commit to disk before it returns (run bookkeeping: a run's start and end must survive a
    /// power cut, not only a killed process); false for bulk work, whose commits survive a killed process.
    /// </param>
    /// <param name="cancellationToken">Stops the open.</param>
    /// <returns>An open connection; dispose it.</returns>
    public async Task<SqliteConnection> OpenConnectionAsync(bool durable, CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (readOnly)
            {
                // Setting the journal mode writes; a read-only connection keeps the file's own.
                await ExecuteAsync(connection, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;", cancellationToken);
                return connection;
            }

            // WAL: readers never block the writer, and a crash leaves the last committed state.
            var synchronous = durable ? "FULL" : "NORMAL";
            await ExecuteAsync(connection, $"PRAGMA journal_mode = WAL; PRAGMA synchronous = {synchronous}; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;", cancellationToken);
            return connection;
        }
        catch (SqliteException ex) when (StorageFailure.IsUnwritable(ex))
        {
            // Every later connection meets the same file system: say which directory cannot be written, not SQLite's bare code.
            await connection.DisposeAsync();
            throw StorageFailure.Database(Path, ex);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Writes a consistent copy of the whole database to <paramref name="target"/> (SQLite's VACUUM INTO), while writers go on.</summary>
    /// <param name="target">The new file; it must not exist.</param>
    /// <param name="cancellationToken">Stops before the copy starts.</param>
    /// <returns>A task that completes when the copy is written.</returns>
    public async Task VacuumIntoAsync(string target, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", target);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>SQLite's own consistency check of every page and index.</summary>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>"ok", or the problems found.</returns>
    public async Task<string> CheckIntegrityAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("; ", lines);
    }

    /// <summary>
    /// The read-only fallback, or null when it cannot serve. SQLite reads a WAL database read-only when its -wal and
    /// -shm files exist; without them (the usual state after a clean close) it needs <c>immutable=1</c>, which skips
    /// the WAL altogether. That is safe only when there is no -wal content to miss, and when no migration is pending
    /// (the queries expect the latest schema).
    /// </summary>
    private static async Task<PipelineDatabase?> OpenReadOnlyAsync(string path, CancellationToken cancellationToken)
    {
        var plain = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = true, DefaultTimeout = 30 };
        if (await TryReadOnlyAsync(new PipelineDatabase(path, plain.ToString(), readOnly: true), cancellationToken) is { } readable)
        {
            return readable;
        }

        var wal = new FileInfo(path + "-wal");
        if (wal.Exists && wal.Length > 0)
        {
            return null;
        }

        var immutable = new SqliteConnectionStringBuilder
        {
            DataSource = new Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri + "?immutable=1",
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
            DefaultTimeout = 30,
        };
        return await TryReadOnlyAsync(new PipelineDatabase(path, immutable.ToString(), readOnly: true), cancellationToken);
    }

    private static async Task<PipelineDatabase?> TryReadOnlyAsync(PipelineDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT version FROM schema_version";
            var applied = new HashSet<int>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }

            return applied.SetEquals(Migrations.All.Select(m => m.Version)) ? database : null;
        }
        catch (StorageException)
        {
            return null;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private async Task MigrateAsync(SqliteConnection connection, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);", cancellationToken);
        // Every version not yet applied runs, not only those above the highest: branches developed side by side
        // number their migrations apart, and a database may have met them in either order.
        var applied = new HashSet<int>();
        await using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT version FROM schema_version";
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var latest = Migrations.All[^1].Version;
        if (applied.Count > 0 && applied.Max() > latest)
        {
            throw new StorageException($"The database {Path} has schema version {applied.Max()}, newer than this program knows ({latest}). Use a newer pipeline.");
        }

        foreach (var migration in Migrations.All.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = migration.Sql + "\nINSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at);";
            command.Parameters.AddWithValue("$version", migration.Version);
            command.Parameters.AddWithValue("$name", migration.Name);
            command.Parameters.AddWithValue("$at", SqlTime.Utc(timeProvider.GetUtcNow()));
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
