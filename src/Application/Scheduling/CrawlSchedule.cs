using Pipeline.Configuration;
using Quartz;

namespace Pipeline.Scheduling;

/// <summary>
/// The schedule's decisions, on the injected clock: when the next run starts, and whether a start was missed
/// while the daemon was down (then one run makes up for all of them). Quartz fires the on-time starts; this
/// decides the make-up one, so both can be tested with a fake clock.
/// </summary>
public sealed class CrawlSchedule
{
    // A year of minutely starts: more than any real gap, few enough to walk in a blink.
    private const int MaxStartsWalked = 600_000;

    /// <summary>The crawl job's cron trigger, under which the job store keeps the schedule in force.</summary>
    public static readonly TriggerKey CronTrigger = new("nightly", "pipeline");

    private readonly CronExpression expression;
    private readonly TimeSpan misfireThreshold;
    private readonly TimeProvider timeProvider;

    /// <summary>Reads the schedule of <paramref name="options"/> on <paramref name="timeProvider"/>'s clock.</summary>
    /// <param name="options">The cron expression, its time zone and the misfire threshold.</param>
    /// <param name="timeProvider">The clock.</param>
    public CrawlSchedule(ScheduleOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        TimeZone = options.FindTimeZone();
        expression = CronExpression.Parse(options.Cron).WithTimeZone(TimeZone);
        misfireThreshold = options.MisfireThreshold;
        this.timeProvider = timeProvider;
    }

    /// <summary>The time zone the cron expression is read in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The cron expression as configured.</summary>
    public string Cron => expression.CronExpressionString;

    /// <summary>The first start strictly after <paramref name="after"/> (default: now).</summary>
    /// <param name="after">The instant to look from.</param>
    /// <returns>The start, or null when the expression never fires again.</returns>
    public DateTimeOffset? NextStart(DateTimeOffset? after = null) => expression.GetNextValidTimeAfter(after ?? timeProvider.GetUtcNow());

    /// <summary>
    /// The latest start that should have happened and did not: one after both <paramref name="lastRunStart"/> and
    /// <paramref name="scheduledSince"/>, and later than the misfire threshold before now (a start within the
    /// threshold is still Quartz's to fire on time).
    /// </summary>
    /// <param name="lastRunStart">When the last crawl run started, whatever became of it; null if none ever did.</param>
    /// <param name="scheduledSince">Since when this schedule has been in force (its trigger was stored).</param>
    /// <returns>The missed start to make up for once, or null when nothing was missed.</returns>
    public DateTimeOffset? MissedStart(DateTimeOffset? lastRunStart, DateTimeOffset scheduledSince)
    {
        var from = lastRunStart is { } last && last > scheduledSince ? last : scheduledSince;
        var latestDue = timeProvider.GetUtcNow() - misfireThreshold;
        DateTimeOffset? missed = null;
        var cursor = from;
        for (var i = 0; i < MaxStartsWalked; i++)
        {
            if (expression.GetNextValidTimeAfter(cursor) is not { } next || next > latestDue)
            {
                return missed;
            }

            missed = next;
            cursor = next;
        }

        return missed;
    }

    /// <summary>A time as the operator reads it: in the schedule's zone, with its offset.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The local time.</returns>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);
}
