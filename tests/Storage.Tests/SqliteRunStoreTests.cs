using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests;

public sealed class SqliteRunStoreTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 6, 2, 2, 0, 0, TimeSpan.FromHours(7)));

    [Fact]
    public async Task MarkInterruptedAsync_RunsLeftRunning_MarkedWithTheirStageAndFinishedOnesKept()
    {
        var runs = new SqliteRunStore(await OpenAsync());
        var finished = await runs.StartAsync("crawl", "cli", clock.GetUtcNow());
        await runs.FinishAsync(new RunRecord(finished, "crawl", clock.GetUtcNow(), clock.GetUtcNow(), RunStatus.Succeeded, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null), "[]");
        var dead = await runs.StartAsync("scheduled", "cron", clock.GetUtcNow());
        await runs.EnterStageAsync(dead, "analysis");

        var marked = await runs.MarkInterruptedAsync(clock.GetUtcNow());

        Assert.Equal([dead], marked);
        var history = await runs.ListAsync(10);
        Assert.Equal(RunStatus.Interrupted, history.Single(r => r.Id == dead).Status);
        Assert.Equal("analysis", history.Single(r => r.Id == dead).Stage);
        Assert.Contains("analysis", history.Single(r => r.Id == dead).Message, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Succeeded, history.Single(r => r.Id == finished).Status);
        Assert.Empty(await runs.MarkInterruptedAsync(clock.GetUtcNow()));
    }

    [Fact]
    public async Task LastStartAsync_OnlyTheGivenKinds_Counted()
    {
        var runs = new SqliteRunStore(await OpenAsync());
        await runs.StartAsync("crawl", "cli", clock.GetUtcNow());
        await runs.StartAsync("demo", "cli", clock.GetUtcNow().AddHours(1));

        Assert.Equal(clock.GetUtcNow(), await runs.LastStartAsync(["crawl", "scheduled"]));
        Assert.Null(await runs.LastStartAsync(["scheduled"]));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    private Task<PipelineDatabase> OpenAsync() => PipelineDatabase.OpenAsync(temp.Combine("pipeline.db"), create: true, clock);
}
