using Pipeline.Storage;

namespace Pipeline.Status;

/// <summary>The state of a data directory at a glance: schedule, runs, store and index, and what is wrong.</summary>
/// <param name="CheckedAt">When this was read (Vietnamese time, or the schedule's zone).</param>
/// <param name="Schedule">The schedule and its next start.</param>
/// <param name="RunInProgress">True while a process holds the run lock.</param>
/// <param name="LastRun">The most recent run, finished or not.</param>
/// <param name="LastFinishedRun">The most recent run that is no longer running.</param>
/// <param name="Store">The article store.</param>
/// <param name="Index">The search index.</param>
/// <param name="Problems">What <c>pipeline status --check</c> fails on; empty when healthy.</param>
/// <param name="Node">This node's name (<c>Node:Name</c>).</param>
/// <param name="Nodes">On PostgreSQL, the crawler nodes sharing the store: check-ins, runs and host leases; null on SQLite.</param>
public sealed record PipelineStatus(
    DateTimeOffset CheckedAt,
    ScheduleStatus Schedule,
    bool RunInProgress,
    RunRecord? LastRun,
    RunRecord? LastFinishedRun,
    StoreStatus Store,
    IndexStatus Index,
    IReadOnlyList<string> Problems,
    string? Node = null,
    IReadOnlyList<CrawlerNode>? Nodes = null)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool Healthy => Problems.Count == 0;
}
