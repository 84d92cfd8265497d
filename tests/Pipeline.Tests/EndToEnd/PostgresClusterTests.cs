using System.Globalization;
using System.Text.Json;
using Npgsql;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Indexer.Search;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.EndToEnd;

/// <summary>
/// Two real <c>pipeline schedule</c> daemons clustered on one throw-away PostgreSQL database: the node running the job
/// is killed with kill -9 mid-run, and the other runs the job again once the dead node misses its check-ins.
/// </summary>
/// <param name="server">The server, started on first use.</param>
[RequiresPostgres]
[Trait("Category", "Slow")]
public sealed class PostgresClusterTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly TempDirectory temp = new();

    [StoreFact]
    public async Task Schedule_NodeRunningTheJobKilled_TheOtherRecoversItAndStatusShowsTheNodes()
    {
        var news = new SlowNews(30, TimeSpan.FromMilliseconds(150));
        await using var site = await LoopbackSite.StartAsync(news.Serve);
        var connectionString = await server.CreateDatabaseAsync();
        var sources = temp.Combine("sources.json");
        await File.WriteAllTextAsync(sources, SlowNews.SourcesJson(site.Url("/rss.xml")));
        var a = await NodeOptionsAsync("node-a", connectionString);
        var b = await NodeOptionsAsync("node-b", connectionString);

        using var nodeA = DaemonProcess.Start(["schedule", "--sources", sources, "--run-now", .. a]);
        using var nodeB = DaemonProcess.Start(["schedule", "--sources", sources, .. b]);
        var database = new Database(connectionString);
        await WaitUntilAsync(async () => await database.ScalarAsync("SELECT COUNT(*) FROM articles") >= 5, "storing the first articles", nodeA, nodeB);
        var running = await database.TextAsync("SELECT node FROM runs WHERE status = 'running'");
        var (victim, survivor, survivorArgs) = running == "node-a" ? (nodeA, "node-b", b) : (nodeB, "node-a", a);
        await victim.KillAsync();
        Assert.InRange(await database.ScalarAsync("SELECT COUNT(*) FROM articles"), 5, news.Articles - 1);
        var survivorProcess = victim == nodeA ? nodeB : nodeA;

        await WaitUntilAsync(
            async () => await database.ScalarAsync($"SELECT COUNT(*) FROM runs WHERE fired_by = 'recovery' AND status = 'succeeded' AND node = '{survivor}'") == 1,
            "the recovery run on the surviving node",
            survivorProcess);

        // One run per firing: the one killed (marked by the survivor, as its node's name is free) and the recovery.
        Assert.Equal(2, await database.ScalarAsync("SELECT COUNT(*) FROM runs"));
        Assert.Equal("interrupted", await database.TextAsync($"SELECT status FROM runs WHERE node = '{running}'"));
        Assert.Equal(news.Articles, await database.ScalarAsync("SELECT COUNT(*) FROM articles"));
        Assert.Equal(news.Articles, await database.ScalarAsync("SELECT COUNT(DISTINCT canonical_url) FROM articles"));
        using (var searcher = ArticleSearcher.Open(new DataDirectory(temp.Combine(survivor)).IndexPath))
        {
            Assert.Equal(news.Articles, searcher.Count);
        }

        var (exit, output, error) = await CliHarness.RunAsync(["runs", "--json", .. survivorArgs]);
        Assert.True(exit == 0, error);
        using (var runs = JsonDocument.Parse(output))
        {
            Assert.Equal(
                [(survivor, "recovery", RunStatus.Succeeded), (running!, "manual", RunStatus.Interrupted)],
                runs.RootElement.EnumerateArray().Select(r => (r.GetProperty("node").GetString()!, r.GetProperty("firedBy").GetString()!, r.GetProperty("status").GetString()!)));
        }

        (exit, output, error) = await CliHarness.RunAsync(["status", "--json", .. survivorArgs]);
        Assert.True(exit == 0, error);
        using (var status = JsonDocument.Parse(output))
        {
            var nodes = status.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("name").GetString()!, StringComparer.Ordinal);
            Assert.True(nodes[survivor].GetProperty("checkedIn").GetBoolean());
            Assert.False(nodes.TryGetValue(running!, out var dead) && dead.GetProperty("checkedIn").GetBoolean());
            Assert.Equal(survivor, status.RootElement.GetProperty("lastRun").GetProperty("node").GetString());
        }

        (exit, output, error) = await CliHarness.RunAsync(["runs", .. survivorArgs]);
        Assert.True(exit == 0, error);
        Assert.Contains($"Node {survivor}: live; daemon checked in", output, StringComparison.Ordinal);

        survivorProcess.Terminate();
        Assert.True(await survivorProcess.WaitForExitAsync(TimeSpan.FromSeconds(30)), survivorProcess.Output);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        temp.Dispose();
    }

    // The options a node's daemon and its read commands share: configuration and data directory.
    private async Task<string[]> NodeOptionsAsync(string node, string connectionString)
    {
        var config = temp.Combine(node + ".json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            LogLevel = "Information",
            Node = new { Name = node },
            Store = new { Provider = "postgres", ConnectionString = connectionString },
            Crawl = new { DefaultDelay = "00:00:00", HostLeaseDuration = "00:00:03" },
            Schedule = new { HealthPort = 0, Clustered = true, ClusterCheckinInterval = "00:00:01" },
        }));
        return ["--config", config, "--data-dir", temp.Combine(node)];
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, params DaemonProcess[] daemons)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(stopwatch.Elapsed < Patience, $"{what} did not happen in time:\n" + string.Join("\n----\n", daemons.Select(d => d.Output)));
            await Task.Delay(100);
        }
    }

    private sealed class Database(string connectionString)
    {
        public async Task<int> ScalarAsync(string sql) => Convert.ToInt32(await QueryAsync(sql) ?? 0, CultureInfo.InvariantCulture);

        public async Task<string?> TextAsync(string sql) => await QueryAsync(sql) as string;

        private async Task<object?> QueryAsync(string sql)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(sql, connection);
                return await command.ExecuteScalarAsync();
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // The daemons have not migrated the database yet.
                return null;
            }
        }
    }
}
