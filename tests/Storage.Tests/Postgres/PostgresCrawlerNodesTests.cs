using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Postgres;

/// <summary>Node names held by live processes, the runs each node left, and the cluster as status shows it.</summary>
/// <param name="server">The shared throw-away server.</param>
[RequiresPostgres]
[Collection(SharedPostgres.Name)]
public sealed class PostgresCrawlerNodesTests(PostgresServer server)
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 6, 2, 2, 0, 0, TimeSpan.Zero));
    private string? connectionString;

    [StoreFact]
    public async Task TryHoldAsync_NameHeldByAnotherProcess_RefusedUntilReleased()
    {
        var nodes = (await OpenAsync()).Nodes!;

        var first = await nodes.TryHoldAsync("node-a");
        Assert.NotNull(first);
        Assert.Null(await nodes.TryHoldAsync("node-a"));
        await using (var other = await nodes.TryHoldAsync("node-b"))
        {
            Assert.NotNull(other);
        }

        await first.DisposeAsync();
        await using var again = await nodes.TryHoldAsync("node-a");
        Assert.NotNull(again);
    }

    [StoreFact]
    public async Task MarkInterruptedAsync_RunsOfSeveralNodes_OnlyOwnAndDeadNodesRunsMarked()
    {
        var stores = await OpenAsync();
        await using var self = await stores.Nodes!.TryHoldAsync("node-a");
        await using var liveOther = await stores.Nodes.TryHoldAsync("node-c");
        var own = await stores.Runs.StartAsync("scheduled", "cron", clock.GetUtcNow(), "node-a");
        var dead = await stores.Runs.StartAsync("crawl", "cli", clock.GetUtcNow(), "node-b");
        var live = await stores.Runs.StartAsync("crawl", "cli", clock.GetUtcNow(), "node-c");
        var unnamed = await stores.Runs.StartAsync("crawl", "cli", clock.GetUtcNow());

        var marked = await stores.Runs.MarkInterruptedAsync(clock.GetUtcNow(), "node-a");

        Assert.Equal([own, dead, unnamed], marked);
        var history = await stores.Runs.ListAsync(10);
        Assert.Equal(RunStatus.Running, history.Single(r => r.Id == live).Status);
        Assert.Equal("node-c", history.Single(r => r.Id == live).Node);
        Assert.Equal(RunStatus.Interrupted, history.Single(r => r.Id == dead).Status);
    }

    [StoreFact]
    public async Task ListAsync_CheckinsLeasesAndRuns_EachNodeWithItsStateAndHosts()
    {
        var stores = await OpenAsync();
        var now = clock.GetUtcNow();
        await stores.HostLeases!.TryLeaseHostAsync("node-a", "b.example", now, TimeSpan.FromMinutes(1));
        await stores.HostLeases.TryLeaseHostAsync("node-a", "a.example", now, TimeSpan.FromMinutes(1));
        await stores.HostLeases.TryLeaseHostAsync("node-b", "c.example", now - TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1));
        await ExecuteAsync(
            "INSERT INTO qrtz_scheduler_state (sched_name, instance_name, last_checkin_time, checkin_interval) VALUES ('pipeline', 'node-a', @fresh, 1000), ('pipeline', 'node-d', @stale, 1000)",
            ("fresh", (now - TimeSpan.FromSeconds(2)).UtcTicks),
            ("stale", (now - TimeSpan.FromMinutes(1)).UtcTicks));
        await using var running = await stores.Nodes!.TryHoldAsync("node-e");
        await stores.Runs.StartAsync("crawl", "cli", now, "node-e");

        var nodes = await stores.Nodes.ListAsync(now);

        Assert.Equal(["node-a", "node-d", "node-e"], nodes.Select(n => n.Name));
        var a = nodes[0];
        Assert.True(a.CheckedIn);
        Assert.False(a.Running);
        Assert.Equal(TimeSpan.FromSeconds(1), a.CheckinInterval);
        Assert.Equal(["a.example", "b.example"], a.Hosts);
        Assert.False(nodes[1].Live);
        Assert.True(nodes[2] is { Running: true, CheckedIn: false, LastCheckin: null, Live: true });
    }

    private async Task<PipelineStores> OpenAsync()
    {
        connectionString = await server.CreateDatabaseAsync();
        var options = new StoreOptions { Provider = StoreOptions.Postgres, ConnectionString = connectionString };
        return await StoreFactory.OpenAsync(options, new DataDirectory(Path.GetTempPath()), StoreAccess.Create, clock);
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
