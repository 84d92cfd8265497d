using Npgsql;

namespace Pipeline.Storage.Postgres;

/// <summary>
/// The stores on a PostgreSQL server: the schema is brought up to date by <see cref="PostgresMigrations"/> on open,
/// under an advisory lock so that nodes starting together migrate once. Connections come from Npgsql's pool.
/// </summary>
public sealed class PostgresDatabase
{
    // Any fixed number: it names the lock that serialises migrations across every process using this database.
    private const long MigrationLock = 0x7069_7065_6C69_6E65;

    private readonly NpgsqlDataSource dataSource;

    private PostgresDatabase(NpgsqlDataSource dataSource, string description)
    {
        this.dataSource = dataSource;
        Description = description;
    }

    /// <summary>The server and database, without credentials, for messages.</summary>
    public string Description { get; }

    /// <summary>Opens the database of <paramref name="connectionString"/> and migrates it.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="create">False for commands that need a database some run has already written: an empty one is then an error.</param>
    /// <param name="timeProvider">The clock that stamps applied migrations.</param>
    /// <param name="cancellationToken">Stops the migration.</param>
    /// <returns>The database.</returns>
    /// <exception cref="StorageException">Unreachable, refused, empty (without <paramref name="create"/>) or newer than this program.</exception>
    public static async Task<PostgresDatabase> OpenAsync(string connectionString, bool create, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var description = $"PostgreSQL database {builder.Database ?? builder.Username} on {builder.Host}:{builder.Port}";
        var database = new PostgresDatabase(DataSources.For(connectionString), description);
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await database.MigrateAsync(connection, create, timeProvider, cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException && !cancellationToken.IsCancellationRequested)
        {
            throw new StorageException($"The {description} cannot be opened: {ex.Message.ReplaceLineEndings(" ")}. Check Store:ConnectionString and that the server is running.", ex);
        }

        return database;
    }

    /// <summary>Opens a pooled connection; commits are durable when they return (the server's synchronous commit).</summary>
    /// <param name="cancellationToken">Stops the open.</param>
    /// <returns>An open connection; dispose it.</returns>
    public ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        dataSource.OpenConnectionAsync(cancellationToken);

    private async Task MigrateAsync(NpgsqlConnection connection, bool create, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken);
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)", cancellationToken);
        var applied = new HashSet<int>();
        await using (var query = new NpgsqlCommand("SELECT version FROM schema_version", connection))
        {
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        if (applied.Count == 0 && !create)
        {
            throw new StorageException($"The {Description} holds no pipeline data yet. Run `pipeline demo` or `pipeline crawl` first, or check Store:ConnectionString.");
        }

        var latest = PostgresMigrations.All[^1].Version;
        if (applied.Count > 0 && applied.Max() > latest)
        {
            throw new StorageException($"The {Description} has schema version {applied.Max()}, newer than this program knows ({latest}). Use a newer pipeline.");
        }

        // DDL is transactional here: every pending migration lands together, or none does.
        foreach (var migration in PostgresMigrations.All.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)", connection);
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("name", migration.Name);
            record.Parameters.AddWithValue("at", timeProvider.GetUtcNow().ToUniversalTime());
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
