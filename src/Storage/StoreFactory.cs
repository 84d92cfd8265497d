namespace Pipeline.Storage;

/// <summary>Opens the stores of the configured provider: the one place that knows which database classes exist.</summary>
public static class StoreFactory
{
    /// <summary>Opens (and, unless reading, migrates) the database <paramref name="options"/> name.</summary>
    /// <param name="options">The validated store settings.</param>
    /// <param name="data">The data directory; SQLite's file lives there.</param>
    /// <param name="access">Create, require existing, or read.</param>
    /// <param name="timeProvider">The clock that stamps migrations and updates.</param>
    /// <param name="cancellationToken">Stops the open.</param>
    /// <returns>The stores.</returns>
    /// <exception cref="StorageException">Missing, damaged, newer than this program, or unreachable.</exception>
    public static async Task<PipelineStores> OpenAsync(StoreOptions options, DataDirectory data, StoreAccess access, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        if (options.IsPostgres)
        {
            var server = await Postgres.PostgresDatabase.OpenAsync(options.ConnectionString!, create: access == StoreAccess.Create, timeProvider, cancellationToken);
            return PipelineStores.ForPostgres(server, timeProvider);
        }

        var database = access == StoreAccess.Read
            ? await PipelineDatabase.OpenForReadingAsync(data.DatabasePath, timeProvider, cancellationToken)
            : await PipelineDatabase.OpenAsync(data.DatabasePath, create: access == StoreAccess.Create, timeProvider, cancellationToken);
        return PipelineStores.ForSqlite(database, timeProvider);
    }
}
