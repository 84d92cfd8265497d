using System.Globalization;
using Pipeline.Configuration;
using Pipeline.Indexer;
using Pipeline.Indexer.Search;
using Pipeline.Running;
using Pipeline.Scheduling;
using Pipeline.Storage;

namespace Pipeline.Status;

/// <summary>Reads <see cref="PipelineStatus"/> for <c>pipeline status</c> and the daemon's <c>/healthz</c>.</summary>
/// <param name="settings">Validated settings.</param>
/// <param name="timeProvider">The clock.</param>
public sealed class StatusReader(PipelineSettings settings, TimeProvider timeProvider)
{
    /// <summary>Reads the status of the store, the index and the schedule.</summary>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>The status.</returns>
    public async Task<PipelineStatus> ReadAsync(CancellationToken cancellationToken = default)
    {
        var data = new DataDirectory(settings.DataDir);
        data.RequireExisting();
        var stores = await StoreFactory.OpenAsync(settings.Store, data, StoreAccess.Read, timeProvider, cancellationToken);
        var schedule = new CrawlSchedule(settings.Schedule, timeProvider);
        var problems = new List<string>();

        var stored = await stores.Schedule.ReadCronTriggerAsync(settings.Schedule.InstanceName, CrawlSchedule.CronTrigger.Name, CrawlSchedule.CronTrigger.Group, cancellationToken);
        var scheduleStatus = stored is null
            ? new ScheduleStatus(schedule.Cron, schedule.TimeZone.Id, schedule.NextStart() is { } next ? schedule.Local(next) : null, Stored: false)
            : new ScheduleStatus(stored.Cron, stored.TimeZone ?? schedule.TimeZone.Id, stored.NextFire is { } fire ? schedule.Local(fire) : null, Stored: true);

        var inProgress = RunLock.IsHeld(data.Root);
        var nodes = stores.Nodes is { } crawlerNodes ? await crawlerNodes.ListAsync(timeProvider.GetUtcNow(), cancellationToken) : null;
        var recent = await stores.Runs.ListAsync(50, cancellationToken);
        var lastRun = recent.Count > 0 ? recent[0] : null;
        // With nobody holding the lock, a "running" row belongs to a dead process: the next run marks it interrupted.
        // On PostgreSQL the lock is the run's node name, held by whichever node runs it.
        var lastFinished = recent.FirstOrDefault(r => r.Status != RunStatus.Running
            || (nodes is null ? !inProgress : !nodes.Any(n => n.Running && string.Equals(n.Name, r.Node, StringComparison.Ordinal))));
        if (lastFinished is { Status: RunStatus.Running })
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"run #{lastFinished.Id} was interrupted: its process died; the next run resumes it"));
        }
        else if (lastFinished is { EndedBadly: true })
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"the last run (#{lastFinished.Id}) {lastFinished.Status}: {lastFinished.Message}"));
        }

        var (articles, sequence) = await stores.Articles.CountAsync(cancellationToken);
        var index = ReadIndex(data.IndexPath, sequence);
        if (index.Error is not null)
        {
            problems.Add("the index cannot be opened: " + index.Error);
        }
        else if (index.Lag > 0 && !inProgress)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"the index lags the store by {index.Lag} sequence(s) (index at {index.Sequence}, store at {sequence}); run `pipeline crawl` or `pipeline reindex`"));
        }

        return new PipelineStatus(schedule.Local(timeProvider.GetUtcNow()), scheduleStatus, inProgress, lastRun, lastFinished, new StoreStatus(articles, sequence), index, problems, settings.Node.Resolved, nodes);
    }

    private static IndexStatus ReadIndex(string path, long storeSequence)
    {
        if (!ArticleSearcher.Exists(path))
        {
            return storeSequence == 0 ? new IndexStatus(0, 0, 0, null) : new IndexStatus(0, 0, storeSequence, null);
        }

        try
        {
            using var searcher = ArticleSearcher.Open(path);
            return new IndexStatus(searcher.Count, searcher.CommittedSequence, Math.Max(0, storeSequence - searcher.CommittedSequence), null);
        }
        catch (IndexUnavailableException ex)
        {
            return new IndexStatus(0, 0, storeSequence, ex.Message);
        }
    }
}
