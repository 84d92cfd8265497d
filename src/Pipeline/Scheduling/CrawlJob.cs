using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Configuration;
using Pipeline.Running;
using Pipeline.Sources;
using Pipeline.Storage;
using Quartz;

namespace Pipeline.Scheduling;

/// <summary>
/// The nightly run: crawl, analysis and indexing, incrementally. Never two at once (a firing that comes while one
/// runs waits, then counts as missed if it waited past the misfire threshold); a firing interrupted by a crash or a
/// stop is fired again at the next start, or on PostgreSQL by another node once the dead one misses its check-ins
/// (<c>RequestsRecovery</c>), and the run it interrupted is marked. Clustered, "never two at once" holds across nodes.
/// </summary>
/// <param name="settings">Validated settings.</param>
/// <param name="loggerFactory">Logging.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="lifetime">The host, whose stop also stops the run.</param>
/// <param name="productData">Where the bundled sources file and demo site are.</param>
/// <param name="topics">The topic classifiers the runs analyse with.</param>
/// <param name="runs">The run history, for whether a make-up run is still needed.</param>
[DisallowConcurrentExecution]
internal sealed class CrawlJob(
    PipelineSettings settings, ILoggerFactory loggerFactory, TimeProvider timeProvider, IHostApplicationLifetime lifetime, ProductData productData, Topics.TopicClassifierCache topics, IRunStore runs) : IJob
{
    /// <summary>The kind of run recorded for scheduled runs.</summary>
    public const string Kind = "scheduled";

    /// <summary>The job data key saying who fired a one-off firing.</summary>
    public const string FiredByKey = "firedBy";

    /// <summary>The job data key of the missed start a make-up run stands for (round-trip "o" text).</summary>
    public const string MissedKey = "missed";

    /// <summary>The run kinds that count as "a crawl happened" for the make-up decision.</summary>
    public static readonly IReadOnlyList<string> CrawlKinds = [Kind, "crawl"];

    /// <summary>The one job.</summary>
    public static readonly JobKey Key = new("crawl", "pipeline");

    private readonly ILogger logger = loggerFactory.CreateLogger<CrawlJob>();

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Quartz cancels its token when a shutdown interrupts jobs; the host's stop is linked too, so a stop signal reaches fetching either way.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var firedBy = context.Recovering ? "recovery" : context.MergedJobDataMap.TryGetString(FiredByKey, out var value) && value is not null ? value : "cron";
        if (firedBy == "catch-up" && !await StillMissedAsync(context, stop.Token))
        {
            return;
        }

        SchedulerLog.RunStarting(logger, firedBy);
        try
        {
            var definitions = SourcesFile.Load(settings.Schedule.SourcesFile ?? productData.SourcesFile);
            var unknown = SourceSelection.UnknownNames(definitions, settings.Schedule.Sources);
            if (unknown.Count > 0)
            {
                throw new InvalidDataException($"Schedule:Sources names unknown source(s) {string.Join(", ", unknown)}.");
            }

            await using var selection = await SourceSelection.StartAsync(definitions, settings.Schedule.Sources, DemoSiteOutlets.Starter(productData), stop.Token);
            var runner = new PipelineRunner(settings, loggerFactory, timeProvider, topics) { FiredBy = firedBy };
            await runner.RunAsync(Kind, selection.Sources, selection.HostOverrides, progress: null, stop.Token);
        }
        catch (RunInProgressException ex)
        {
            SchedulerLog.RunSkipped(logger, ex.Message);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run has recorded itself as cancelled; Quartz hands the firing back for recovery at the next start.
            throw;
        }
        catch (Exception ex)
        {
            // The run history holds the failure; the schedule must go on to the next night.
            SchedulerLog.RunFailed(logger, ex);
        }
    }

    private async Task<bool> StillMissedAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        // Stored as round-trip text: plain strings are what every job store serializer keeps exactly.
        if (!context.MergedJobDataMap.TryGetString(MissedKey, out var text)
            || !DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var missed))
        {
            return true;
        }

        // A recovered run may have started between the decision and this firing; then the missed start is covered.
        var lastStart = await runs.LastStartAsync(CrawlKinds, cancellationToken);
        if (lastStart is { } started && started >= missed)
        {
            SchedulerLog.CatchUpNotNeeded(logger, missed);
            return false;
        }

        return true;
    }
}
