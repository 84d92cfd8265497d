using System.Collections.Concurrent;
using Npgsql;

namespace Pipeline.Storage.Postgres;

/// <summary>
/// One Npgsql data source (and so one connection pool) per connection string for the life of the process: commands
/// open the stores many times and never close them, and a pool per open would leak server connections.
/// </summary>
internal static class DataSources
{
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> Sources = new(StringComparer.Ordinal);

    /// <summary>The data source of <paramref name="connectionString"/>, created on first use.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <returns>The shared data source.</returns>
    public static NpgsqlDataSource For(string connectionString) =>
        Sources.GetOrAdd(connectionString, static cs => NpgsqlDataSource.Create(cs));
}
