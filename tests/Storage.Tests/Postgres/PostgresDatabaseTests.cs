using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Pipeline.Storage.Postgres;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Postgres;

/// <summary>Opening and migrating a PostgreSQL database: versions as in SQLite, once, and refusals that say what to do.</summary>
/// <param name="server">The shared throw-away server.</param>
[RequiresPostgres]
[Collection(SharedPostgres.Name)]
public sealed class PostgresDatabaseTests(PostgresServer server)
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));

    [StoreFact]
    public async Task OpenAsync_EmptyDatabase_AppliesEveryVersionOnceWithTheSqliteNumbers()
    {
        var connectionString = await server.CreateDatabaseAsync();

        await PostgresDatabase.OpenAsync(connectionString, create: true, clock);
        await PostgresDatabase.OpenAsync(connectionString, create: false, clock);

        Assert.Equal(Migrations.All.Select(m => m.Version), await VersionsAsync(connectionString));
    }

    [StoreFact]
    public async Task OpenAsync_EmptyDatabaseWithoutCreate_SaysToCrawlFirst()
    {
        var connectionString = await server.CreateDatabaseAsync();

        var error = await Assert.ThrowsAsync<StorageException>(() => PostgresDatabase.OpenAsync(connectionString, create: false, clock));

        Assert.Contains("holds no pipeline data yet", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [StoreFact]
    public async Task OpenAsync_SchemaFromANewerProgram_Refused()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await PostgresDatabase.OpenAsync(connectionString, create: true, clock);
        await ExecuteAsync(connectionString, "INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', now())");

        var error = await Assert.ThrowsAsync<StorageException>(() => PostgresDatabase.OpenAsync(connectionString, create: true, clock));

        Assert.Contains("newer than this program", error.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task OpenAsync_NoServerAtTheAddress_NamesTheSettingToCheck()
    {
        var error = await Assert.ThrowsAsync<StorageException>(() => PostgresDatabase.OpenAsync("Host=127.0.0.1;Port=1;Database=none;Username=nobody;Timeout=2", create: true, clock));

        Assert.Contains("Store:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<int>> VersionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version ORDER BY version", connection);
        var versions = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
