using System.Text.Json;
using Npgsql;
using Pipeline.Storage;
using Pipeline.Storage.Copying;
using Pipeline.Storage.Postgres;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.Cli;

/// <summary>
/// <c>pipeline store copy</c> from a crawled SQLite data directory into a throw-away PostgreSQL database: the same
/// answers on both sides, a second copy that writes nothing, a copy cut short and completed, and the refusals.
/// </summary>
/// <param name="server">The server, started on first use.</param>
[RequiresPostgres]
[Trait("Category", "Slow")]
public sealed class StoreCopyCommandTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly TempDirectory temp = new();

    [StoreFact]
    public async Task Copy_CrawledSqliteDirectory_SearchAndTrendsOnPostgresAnswerAsOnSqlite()
    {
        var sqlite = await CrawlAsync();
        var connection = await server.CreateDatabaseAsync();

        var (exit, output, error) = await CliHarness.RunAsync("store", "copy", "--to", connection, "--data-dir", sqlite, "--json");

        Assert.True(exit == 0, error + output);
        using (var report = JsonDocument.Parse(output))
        {
            Assert.Equal("new", report.RootElement.GetProperty("previous").GetString());
            var tables = report.RootElement.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("table").GetString()!, t => (t.GetProperty("source").GetInt64(), t.GetProperty("target").GetInt64()));
            Assert.True(tables["articles"].Item1 > 0);
            Assert.True(tables["article_topics"].Item1 > 0);
            Assert.True(tables["runs"].Item1 > 0);
            Assert.All(tables.Values, t => Assert.Equal(t.Item1, t.Item2));
        }

        var config = await ConfigAsync(connection);
        var node = Directory.CreateDirectory(temp.Combine("node")).FullName;
        var indexed = await CliHarness.RunAsync("index", "--config", config, "--data-dir", node);
        Assert.True(indexed.ExitCode == 0, indexed.Error);
        foreach (var query in new[] { "hợp tác", "bệnh viện", "y tế" })
        {
            Assert.Equal(await SearchAsync(query, "--data-dir", sqlite), await SearchAsync(query, "--config", config, "--data-dir", node));
        }

        Assert.Equal(await TrendsAsync("--data-dir", sqlite), await TrendsAsync("--config", config, "--data-dir", node));
    }

    [StoreFact]
    public async Task Copy_SecondTime_WritesNothing()
    {
        var sqlite = await CrawlAsync();
        var connection = await server.CreateDatabaseAsync();
        var first = await CliHarness.RunAsync("store", "copy", "--to", connection, "--data-dir", sqlite, "--json");
        Assert.True(first.ExitCode == 0, first.Error);

        var (exit, output, error) = await CliHarness.RunAsync("store", "copy", "--to", connection, "--data-dir", sqlite, "--json");

        Assert.True(exit == 0, error);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("again", report.RootElement.GetProperty("previous").GetString());
        Assert.Equal(0, report.RootElement.GetProperty("written").GetInt64());
        using var firstReport = JsonDocument.Parse(first.Out);
        Assert.True(firstReport.RootElement.GetProperty("written").GetInt64() > 0);
    }

    [StoreFact]
    public async Task Copy_CutShortThenRunAgain_Completes()
    {
        var sqlite = await CrawlAsync();
        var connection = await server.CreateDatabaseAsync();
        var source = await PipelineDatabase.OpenAsync(new DataDirectory(sqlite).DatabasePath, create: false, TimeProvider.System);
        var target = await PostgresDatabase.OpenAsync(connection, create: true, TimeProvider.System);
        using var cut = new CancellationTokenSource();

        // Two batches of articles are committed, then the copy is stopped as a killed process would be.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new StoreCopier(source, target, TimeProvider.System, batchSize: 2)
            .CopyAsync(p => { if (p.Table == "articles" && p.Read == 4) { cut.Cancel(); } }, cut.Token));
        Assert.Equal(4L, await CountAsync(connection, "articles"));
        Assert.Equal(0L, await CountAsync(connection, "frontier"));

        var (exit, output, error) = await CliHarness.RunAsync("store", "copy", "--to", connection, "--data-dir", sqlite, "--json", "--batch-size", "10");

        Assert.True(exit == 0, error);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("resumed", report.RootElement.GetProperty("previous").GetString());
        Assert.True(report.RootElement.GetProperty("complete").GetBoolean());
        var articles = report.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("table").GetString() == "articles");
        Assert.Equal(articles.GetProperty("source").GetInt64() - 4, articles.GetProperty("written").GetInt64());
        Assert.Equal(articles.GetProperty("source").GetInt64(), await CountAsync(connection, "articles"));
    }

    [StoreFact]
    public async Task Copy_TargetHoldsOtherData_RefusedAndNothingWritten()
    {
        var sqlite = await CrawlAsync();
        var connection = await server.CreateDatabaseAsync();
        await PostgresDatabase.OpenAsync(connection, create: true, TimeProvider.System);
        await using (var open = new NpgsqlConnection(connection))
        {
            await open.OpenAsync();
            await using var insert = new NpgsqlCommand("INSERT INTO runs (kind, started_at, status) VALUES ('crawl', now(), 'succeeded')", open);
            await insert.ExecuteNonQueryAsync();
        }

        var (exit, _, error) = await CliHarness.RunAsync("store", "copy", "--to", connection, "--data-dir", sqlite);

        Assert.Equal(1, exit);
        Assert.Contains("is not empty: its table runs holds data", error, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync(connection, "articles"));
    }

    [StoreFact]
    public async Task Copy_NoSourceStore_RefusedWithTheMissingPath()
    {
        var connection = await server.CreateDatabaseAsync();

        var (exit, _, error) = await CliHarness.RunAsync("store", "copy", "--to", connection, "--from", temp.Combine("missing"));

        Assert.Equal(1, exit);
        Assert.Contains("There is no SQLite store to copy at " + temp.Combine("missing"), error, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private async Task<string> CrawlAsync()
    {
        await using var site = await SmallDemoSite.StartAsync(perOutlet: 3);
        var dir = temp.Combine("sqlite-" + Guid.NewGuid().ToString("N")[..8]);
        var run = await site.CrawlAsync(dir, site.Site.EndPoint);
        Assert.True(run.Run.New > 4);
        return dir;
    }

    private async Task<string> ConfigAsync(string connection)
    {
        var config = temp.Combine("pipeline.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { Store = new { Provider = StoreOptions.Postgres, ConnectionString = connection } }));
        return config;
    }

    private static async Task<long> CountAsync(string connection, string table)
    {
        await using var open = new NpgsqlConnection(connection);
        await open.OpenAsync();
        await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM {table}", open);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>The total and the hits' ids and titles, in order (scores depend on segment layout, not on what is stored).</summary>
    private static async Task<string> SearchAsync(string query, params string[] options)
    {
        var (exit, output, error) = await CliHarness.RunAsync(["search", query, "--json", "--limit", "100", .. options]);
        Assert.True(exit == 0, error);
        using var results = JsonDocument.Parse(output);
        var hits = results.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString() + " " + h.GetProperty("title").GetString()).Order(StringComparer.Ordinal);
        return results.RootElement.GetProperty("total").GetInt32() + ": " + string.Join(" | ", hits);
    }

    private static async Task<string> TrendsAsync(params string[] options)
    {
        var (exit, output, error) = await CliHarness.RunAsync(["trends", "--by", "topic", "--interval", "year", "--json", .. options]);
        Assert.True(exit == 0, error);
        return output;
    }
}
