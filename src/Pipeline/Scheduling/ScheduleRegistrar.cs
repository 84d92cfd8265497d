using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Configuration;
using Pipeline.Storage;
using Quartz;

namespace Pipeline.Scheduling;

/// <summary>
/// Before the scheduler starts: stores the job and its cron trigger (keeping a stored trigger whose schedule is
/// unchanged, so its history and "scheduled since" survive restarts), then fires one make-up run when a start
/// was missed while the daemon was down, and one immediate run when asked to.
/// </summary>
/// <param name="schedulerFactory">Quartz.</param>
/// <param name="settings">Validated settings.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="options">Whether to run once at start.</param>
/// <param name="runs">The run history, for the last start.</param>
/// <param name="logger">Logging.</param>
internal sealed class ScheduleRegistrar(
    ISchedulerFactory schedulerFactory, PipelineSettings settings, TimeProvider timeProvider, DaemonOptions options, IRunStore runs, ILogger<ScheduleRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var schedule = new CrawlSchedule(settings.Schedule, timeProvider);
        var since = await RegisterAsync(scheduler, schedule, cancellationToken);
        var lastStart = await runs.LastStartAsync(CrawlJob.CrawlKinds, cancellationToken);
        if (schedule.MissedStart(lastStart, since) is { } missed)
        {
            SchedulerLog.CatchingUp(logger, missed);
            await scheduler.TriggerJob(
                CrawlJob.Key,
                new JobDataMap { [CrawlJob.FiredByKey] = "catch-up", [CrawlJob.MissedKey] = missed.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture) },
                cancellationToken);
        }

        if (options.RunNow)
        {
            await scheduler.TriggerJob(CrawlJob.Key, new JobDataMap { [CrawlJob.FiredByKey] = "manual" }, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Stores the job and trigger; returns since when the schedule has been in force.</summary>
    internal async Task<DateTimeOffset> RegisterAsync(IScheduler scheduler, CrawlSchedule schedule, CancellationToken cancellationToken)
    {
        var job = JobBuilder.Create<CrawlJob>()
            .WithIdentity(CrawlJob.Key)
            .WithDescription("crawl, analysis and indexing, incrementally")
            .StoreDurably()
            .RequestRecovery()
            .Build();
        if (await scheduler.GetTrigger(CrawlSchedule.CronTrigger, cancellationToken) is ICronTrigger stored
            && stored.CronExpressionString == schedule.Cron
            && stored.TimeZone.Id == schedule.TimeZone.Id)
        {
            await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
            SchedulerLog.ScheduleKept(logger, schedule.Cron, schedule.TimeZone.Id, stored.StartTimeUtc, stored.NextFireTimeUtc);
            return stored.StartTimeUtc;
        }

        var now = timeProvider.GetUtcNow();
        var trigger = TriggerBuilder.Create(timeProvider)
            .WithIdentity(CrawlSchedule.CronTrigger)
            .ForJob(CrawlJob.Key)
            .WithDescription("the nightly run")
            .StartAt(now)
            // Quartz does not make up missed starts itself: the registrar decides, from the run history, and fires one.
            .WithSchedule(CronScheduleBuilder.Create(schedule.Cron).InTimeZone(schedule.TimeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken);
        SchedulerLog.ScheduleStored(logger, schedule.Cron, schedule.TimeZone.Id, schedule.NextStart(now));
        return now;
    }
}
