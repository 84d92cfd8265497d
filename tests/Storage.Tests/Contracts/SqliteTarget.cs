using Microsoft.Data.Sqlite;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Contracts;

/// <summary>A SQLite file in a temporary data directory.</summary>
public sealed class SqliteTarget : StoreTarget
{
    private readonly TempDirectory temp = new();

    /// <inheritdoc />
    internal override Task<PipelineStores> OpenAsync(TimeProvider clock, bool create = true)
    {
        // A reopen must meet the file, not a pooled connection.
        SqliteConnection.ClearAllPools();
        return StoreFactory.OpenAsync(new StoreOptions(), new DataDirectory(temp.Path), create ? StoreAccess.Create : StoreAccess.Existing, clock);
    }

    /// <inheritdoc />
    public override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={new DataDirectory(temp.Path).DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Normalise(await command.ExecuteScalarAsync());
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
