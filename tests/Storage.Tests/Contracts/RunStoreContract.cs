using Microsoft.Extensions.Time.Testing;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Contracts;

/// <summary>Run history in a real database of each provider.</summary>
public abstract class RunStoreContract(StoreTarget target) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 6, 2, 2, 0, 0, TimeSpan.FromHours(7)));

    [StoreFact]
    public async Task MarkInterruptedAsync_RunsLeftRunning_MarkedWithTheirStageAndFinishedOnesKept()
    {
        var runs = await OpenAsync();
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

    [StoreFact]
    public async Task LastStartAsync_OnlyTheGivenKinds_Counted()
    {
        var runs = await OpenAsync();
        await runs.StartAsync("crawl", "cli", clock.GetUtcNow());
        await runs.StartAsync("demo", "cli", clock.GetUtcNow().AddHours(1));

        Assert.Equal(clock.GetUtcNow(), await runs.LastStartAsync(["crawl", "scheduled"]));
        Assert.Null(await runs.LastStartAsync(["scheduled"]));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await target.DisposeAsync();

    private async Task<IRunStore> OpenAsync() => (await target.OpenAsync(clock)).Runs;
}
