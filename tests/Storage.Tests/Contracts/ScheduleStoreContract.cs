using Microsoft.Extensions.Time.Testing;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Contracts;

/// <summary>The daemon's stored trigger, read without a scheduler from a real database of each provider.</summary>
public abstract class ScheduleStoreContract(StoreTarget target) : IAsyncLifetime
{
    private static readonly DateTimeOffset Next = new(2025, 7, 1, 19, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));

    [StoreFact]
    public async Task ReadCronTriggerAsync_TriggerAsQuartzWritesIt_ReadBackWithItsTimes()
    {
        var schedule = (await target.OpenAsync(clock)).Schedule;
        await InsertTriggerAsync(next: Next.UtcTicks, previous: 0);

        var trigger = await schedule.ReadCronTriggerAsync("pipeline", "nightly", "pipeline");

        // Quartz writes 0 for "never fired".
        Assert.Equal(new StoredTrigger("0 0 2 * * ?", "SE Asia Standard Time", Next, null, "WAITING"), trigger);
    }

    [StoreFact]
    public async Task ReadCronTriggerAsync_OtherScheduler_Null()
    {
        var schedule = (await target.OpenAsync(clock)).Schedule;
        await InsertTriggerAsync(next: Next.UtcTicks, previous: Next.AddDays(-1).UtcTicks);

        Assert.Null(await schedule.ReadCronTriggerAsync("other", "nightly", "pipeline"));
        Assert.Equal(Next.AddDays(-1), (await schedule.ReadCronTriggerAsync("pipeline", "nightly", "pipeline"))!.PreviousFire);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await target.DisposeAsync();

    private async Task InsertTriggerAsync(long next, long previous)
    {
        await target.ScalarAsync("""
            INSERT INTO qrtz_job_details (sched_name, job_name, job_group, job_class_name, is_durable, is_nonconcurrent, is_update_data, requests_recovery)
            VALUES ('pipeline', 'pipeline-run', 'pipeline', 'Pipeline.Daemon.PipelineJob', TRUE, TRUE, FALSE, TRUE)
            """);
        await target.ScalarAsync($"""
            INSERT INTO qrtz_triggers (sched_name, trigger_name, trigger_group, job_name, job_group, next_fire_time, prev_fire_time, trigger_state, trigger_type, start_time)
            VALUES ('pipeline', 'nightly', 'pipeline', 'pipeline-run', 'pipeline', {next}, {previous}, 'WAITING', 'CRON', {next})
            """);
        await target.ScalarAsync("""
            INSERT INTO qrtz_cron_triggers (sched_name, trigger_name, trigger_group, cron_expression, time_zone_id)
            VALUES ('pipeline', 'nightly', 'pipeline', '0 0 2 * * ?', 'SE Asia Standard Time')
            """);
    }
}
