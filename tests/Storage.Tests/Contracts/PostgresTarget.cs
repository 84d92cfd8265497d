using Npgsql;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Contracts;

/// <summary>A new, empty database on the shared throw-away server, one per test.</summary>
/// <param name="server">The server.</param>
public sealed class PostgresTarget(PostgresServer server) : StoreTarget
{
    private string? connectionString;

    /// <inheritdoc />
    internal override async Task<PipelineStores> OpenAsync(TimeProvider clock, bool create = true)
    {
        connectionString ??= await server.CreateDatabaseAsync();
        var options = new StoreOptions { Provider = StoreOptions.Postgres, ConnectionString = connectionString };
        // The data directory holds only the index and the raw archive on PostgreSQL; nothing here touches it.
        return await StoreFactory.OpenAsync(options, new DataDirectory(Path.GetTempPath()), create ? StoreAccess.Create : StoreAccess.Existing, clock);
    }

    /// <inheritdoc />
    public override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Normalise(await command.ExecuteScalarAsync());
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
