using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Storage;

namespace Pipeline.Tests.Storage;

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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    /// <summary>A database as a program that knew only the migrations up to <paramref name="version"/> left it.</summary>
    private async Task CreateAtVersionAsync(string path, int version)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);";
        await command.ExecuteNonQueryAsync();
        foreach (var migration in Migrations.All.Where(m => m.Version <= version))
        {
            command.CommandText = migration.Sql + "\nINSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at);";
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$version", migration.Version);
            command.Parameters.AddWithValue("$name", migration.Name);
            command.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync();
        }
    }
}
