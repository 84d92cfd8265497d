using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests;

public sealed class MigrationsTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public void All_Versions_AscendingAndUnique()
    {
        var versions = Migrations.All.Select(m => m.Version).ToList();

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [Fact]
    public async Task OpenAsync_DatabaseBeforeCharsetDecisions_UpgradedWithItsArticlesKept()
    {
        var path = temp.Combine("pipeline.db");
        await CreateAtVersionAsync(path, 7);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO articles (id, seq, source, url, canonical_url, outlet, title, lead, body, paragraphs, published, modified,
                                      authors, section, language, content_hash, fetched_at, updated_at, facts, facts_seq)
                VALUES ('a1', 1, 'cu', 'https://baoyte.example/bai-cu.htm', 'https://baoyte.example/bai-cu.htm', 'Báo Y tế',
                        'Thái Bình nhận xe cứu thương từ Hàn Quốc', NULL, 'Tỉnh Thái Bình tiếp nhận hai xe cứu thương.', '[]', NULL, NULL,
                        '[]', NULL, 'vi', 'h1', '2025-05-01T00:00:00Z', '2025-05-01T00:00:00Z', '{"partners":[]}', 1)
                """;
            await insert.ExecuteNonQueryAsync();
        }

        var database = await PipelineDatabase.OpenAsync(path, create: false, clock);

        var article = await new SqliteArticleStore(database, clock).FindAsync("a1");
        Assert.NotNull(article);
        Assert.Equal("Thái Bình nhận xe cứu thương từ Hàn Quốc", article.Title);
        Assert.Equal("""{"partners":[]}""", article.FactsJson);
        Assert.Null(article.Charset);
        await using var check = await database.OpenConnectionAsync();
        await using var versions = check.CreateCommand();
        versions.CommandText = "SELECT MAX(version), COUNT(*) FROM schema_version";
        await using var reader = await versions.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((Migrations.All[^1].Version, Migrations.All.Count), (reader.GetInt32(0), reader.GetInt32(1)));
    }

    [Fact]
    public async Task OpenAsync_FreshFile_EveryMigrationAppliedAndItsTablesUsable()
    {
        var path = temp.Combine("pipeline.db");

        await PipelineDatabase.OpenAsync(path, create: true, clock);

        Assert.Equal(Migrations.All.Select(m => (long)m.Version), await VersionsAsync(path));
        // The first migration's tables and the last one's columns: a migration that was recorded but not run fails here.
        Assert.Equal(
            ["article_country_topics", "article_counts", "article_partners", "article_topics", "article_trend", "articles", "frontier", "host_leases", "runs", "schema_version", "store_copies", "store_sequence"],
            (await ColumnAsync(path, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'qrtz%' AND name NOT LIKE 'sqlite%' ORDER BY name")).Cast<string>());
        Assert.Contains("qrtz_triggers", await ColumnAsync(path, "SELECT name FROM sqlite_master WHERE type = 'table'"));
        Assert.Superset(
            new HashSet<object?> { "facts_seq", "charset_declared", "charset_used", "charset_reason", "charset_replaced" },
            (await ColumnAsync(path, "SELECT name FROM pragma_table_info('articles')")).ToHashSet());
    }

    [Fact]
    public async Task OpenAsync_UpToDateDatabase_AppliesNothingAgainAndKeepsItsRows()
    {
        var path = temp.Combine("pipeline.db");
        await PipelineDatabase.OpenAsync(path, create: true, clock);
        await ExecuteAsync(path, "INSERT INTO frontier (url, source, host, state, discovered_at) VALUES ('https://baoyte.example/a.htm', 'yte', 'baoyte.example', 'fetched', '2025-07-01T01:00:00.000Z')");
        var stamps = await ColumnAsync(path, "SELECT applied_at FROM schema_version ORDER BY version");
        clock.Advance(TimeSpan.FromDays(3));

        await PipelineDatabase.OpenAsync(path, create: true, clock);
        await PipelineDatabase.OpenAsync(path, create: false, clock);

        Assert.Equal(stamps, await ColumnAsync(path, "SELECT applied_at FROM schema_version ORDER BY version"));
        Assert.Equal(["fetched"], await ColumnAsync(path, "SELECT state FROM frontier"));
    }

    [Fact]
    public async Task OpenAsync_DatabaseFromANewerProgram_RefusedNamingBothVersionsAndLeftAsItWas()
    {
        var path = temp.Combine("pipeline.db");
        await PipelineDatabase.OpenAsync(path, create: true, clock);
        var newer = Migrations.All[^1].Version + 1;
        await ExecuteAsync(path, $"INSERT INTO schema_version (version, name, applied_at) VALUES ({newer}, 'from the future', '2030-01-01T00:00:00.000Z')");
        await ExecuteAsync(path, "DELETE FROM schema_version WHERE version = 6; DROP INDEX ix_runs_kind_status");

        var error = await Assert.ThrowsAsync<StorageException>(() => PipelineDatabase.OpenAsync(path, create: true, clock));

        Assert.Contains($"schema version {newer}, newer than this program knows ({newer - 1})", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        // Refused before any migration ran: the missing one stays missing.
        Assert.DoesNotContain(6L, await ColumnAsync(path, "SELECT version FROM schema_version"));
    }

    [Fact]
    public async Task OpenAsync_OneEarlierMigrationMissing_AppliesOnlyThatOne()
    {
        var path = temp.Combine("pipeline.db");
        await CreateAtVersionAsync(path, Migrations.All[^1].Version, except: 6);
        var before = await ColumnAsync(path, "SELECT applied_at FROM schema_version ORDER BY version");
        clock.Advance(TimeSpan.FromDays(1));

        await PipelineDatabase.OpenAsync(path, create: false, clock);

        Assert.Equal(Migrations.All.Select(m => (long)m.Version), await VersionsAsync(path));
        Assert.Equal(["2025-07-02T01:00:00.000Z"], await ColumnAsync(path, "SELECT applied_at FROM schema_version WHERE version = 6"));
        Assert.Equal(before, await ColumnAsync(path, "SELECT applied_at FROM schema_version WHERE version <> 6 ORDER BY version"));
        Assert.Equal(["ix_runs_kind_status"], await ColumnAsync(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'ix_runs_kind_status'"));
    }

    [Fact]
    public async Task OpenAsync_FileThatIsNotADatabase_RefusedWithAClearError()
    {
        var path = temp.Combine("pipeline.db");
        await File.WriteAllTextAsync(path, new string('x', 4096));

        var error = await Assert.ThrowsAsync<StorageException>(() => PipelineDatabase.OpenAsync(path, create: true, clock));

        Assert.StartsWith($"The file {path} is not a pipeline database or is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_MissingFileWithoutCreate_RefusedAndNothingCreated()
    {
        var path = temp.Combine("pipeline.db");

        var error = await Assert.ThrowsAsync<StorageException>(() => PipelineDatabase.OpenAsync(path, create: false, clock));

        Assert.StartsWith($"There is no pipeline database at {path}.", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    /// <summary>A database as a program that knew only the migrations up to <paramref name="version"/> left it.</summary>
    private async Task CreateAtVersionAsync(string path, int version, int? except = null)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);";
        await command.ExecuteNonQueryAsync();
        foreach (var migration in Migrations.All.Where(m => m.Version <= version && m.Version != except))
        {
            command.CommandText = migration.Sql + "\nINSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at);";
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$version", migration.Version);
            command.Parameters.AddWithValue("$name", migration.Name);
            command.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<List<long>> VersionsAsync(string path) =>
        (await ColumnAsync(path, "SELECT version FROM schema_version ORDER BY version")).Cast<long>().ToList();

    private static async Task<List<object?>> ColumnAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<object?>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? null : reader.GetValue(0));
        }

        return values;
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
