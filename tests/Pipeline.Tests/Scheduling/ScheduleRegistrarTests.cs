using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Configuration;
using Pipeline.Scheduling;
using Pipeline.Storage;
using Quartz;

namespace Pipeline.Tests.Scheduling;

/// <summary>The registrar against a real Quartz ADO job store on a real pipeline database (migration 5's tables), on a fake clock.</summary>
public sealed class ScheduleRegistrarTests : IDisposable
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private readonly TempDirectory data = new();

    // Quartz keeps schedulers by name: each test gets its own, whatever the repository's lifetime.
    private readonly string instance = "test-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Start_FreshPipelineDatabase_QuartzValidatesOurSchemaAndRuns()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 1, 10, 0));
        await using var services = await BuildAsync(clock);
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.Start();

        Assert.Equal(SchedulerStatus.Running, await scheduler.GetStatus());
        await scheduler.Shutdown(waitForJobsToComplete: true);
    }

    [Fact]
    public async Task StartAsync_FirstStart_StoresTheCronTriggerAndFiresNothing()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 1, 10, 0));
        await using var services = await BuildAsync(clock);

        await Registrar(services).StartAsync(CancellationToken.None);

        var trigger = await CronTriggerAsync(services);
        Assert.Equal("0 0 2 * * ?", trigger.CronExpressionString);
        Assert.Equal("Asia/Ho_Chi_Minh", trigger.TimeZone.Id);
        Assert.Equal(At(2025, 6, 2, 2, 0), trigger.NextFireTimeUtc);
        Assert.Equal(0, OneOffFirings());
    }

    [Fact]
    public async Task StartAsync_RestartAfterDaemonWasDownOverTwoNights_FiresOneMakeUpRun()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 1, 10, 0));
        await using (var first = await BuildAsync(clock))
        {
            await Registrar(first).StartAsync(CancellationToken.None);
            await ShutdownAsync(first);
        }

        await RecordRunAsync(At(2025, 6, 2, 2, 0, 1), clock);
        clock.SetUtcNow(At(2025, 6, 4, 9, 0));
        await using var second = await BuildAsync(clock);

        await Registrar(second).StartAsync(CancellationToken.None);

        Assert.Equal(1, OneOffFirings());
        Assert.Equal(1, OneOffFirings("catch-up"));
        Assert.Equal(1, OneOffFirings(At(2025, 6, 4, 2, 0).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task StartAsync_RestartTheMorningAfterTheNightlyRun_FiresNothing()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 1, 10, 0));
        await using (var first = await BuildAsync(clock))
        {
            await Registrar(first).StartAsync(CancellationToken.None);
            await ShutdownAsync(first);
        }

        await RecordRunAsync(At(2025, 6, 2, 2, 0, 1), clock);
        clock.SetUtcNow(At(2025, 6, 2, 9, 0));
        await using var second = await BuildAsync(clock);

        await Registrar(second).StartAsync(CancellationToken.None);

        Assert.Equal(0, OneOffFirings());
    }

    [Fact]
    public async Task StartAsync_CronChanged_ReplacesTheTriggerWithoutMakeUp()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 1, 10, 0));
        await using (var first = await BuildAsync(clock))
        {
            await Registrar(first).StartAsync(CancellationToken.None);
            await ShutdownAsync(first);
        }

        clock.SetUtcNow(At(2025, 6, 3, 9, 0));
        await using var second = await BuildAsync(clock, cron: "0 30 3 * * ?");

        await Registrar(second).StartAsync(CancellationToken.None);

        var trigger = await CronTriggerAsync(second);
        Assert.Equal("0 30 3 * * ?", trigger.CronExpressionString);
        Assert.Equal(At(2025, 6, 4, 3, 30), trigger.NextFireTimeUtc);
        Assert.Equal(0, OneOffFirings());
    }

    [Fact]
    public async Task StartAsync_RunNow_FiresOneManualRun()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 1, 10, 0));
        await using var services = await BuildAsync(clock, runNow: true);

        await Registrar(services).StartAsync(CancellationToken.None);

        Assert.Equal(1, OneOffFirings());
        Assert.Equal(1, OneOffFirings("manual"));
    }

    public void Dispose()
    {

        SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    private async Task<ServiceProvider> BuildAsync(TimeProvider clock, string cron = "0 0 2 * * ?", bool runNow = false)
    {
        var settings = new PipelineSettings { DataDir = data.Combine("data") };
        settings.Schedule.Cron = cron;
        settings.Schedule.InstanceName = instance;
        var directory = new DataDirectory(settings.DataDir);
        directory.EnsureExists();
        var database = await PipelineDatabase.OpenAsync(directory.DatabasePath, create: true, clock);
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostApplicationLifetime, StubLifetime>()
            .AddPipelineScheduler(settings, PipelineStores.ForSqlite(database, clock), clock, new DaemonOptions(runNow))
            .BuildServiceProvider();
    }

    private static async Task ShutdownAsync(IServiceProvider services) =>
        await (await services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Shutdown(waitForJobsToComplete: false);

    private static ScheduleRegistrar Registrar(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<ScheduleRegistrar>().Single();

    private static async Task<ICronTrigger> CronTriggerAsync(IServiceProvider services)
    {
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(CrawlSchedule.CronTrigger));
    }

    private async Task RecordRunAsync(DateTimeOffset startedAt, TimeProvider clock)
    {
        var database = await PipelineDatabase.OpenAsync(new DataDirectory(data.Combine("data")).DatabasePath, create: false, clock);
        await new SqliteRunStore(database).StartAsync(CrawlJob.Kind, "cron", startedAt);
    }

    // Triggers besides the cron one are what TriggerJob stored (make-up or manual runs); optionally only those whose data holds a text.
    private int OneOffFirings(string? containing = null)
    {
        using var connection = new SqliteConnection($"Data Source={new DataDirectory(data.Combine("data")).DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*) FROM qrtz_triggers
            WHERE NOT (trigger_name = 'nightly' AND trigger_group = 'pipeline') AND CAST(COALESCE(job_data, '') AS TEXT) LIKE $text
            """;
        command.Parameters.AddWithValue("$text", "%" + containing + "%");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, Vietnam);

    private sealed class StubLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
