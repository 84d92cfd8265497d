namespace Pipeline.Storage;

/// <summary>
/// Run history. The start is committed before any work, so a killed run stays visible as "running" until the next
/// start marks it "interrupted". Every write is durable when it returns.
/// </summary>
public interface IRunStore
{
    /// <summary>Records the start of a run.</summary>
    /// <param name="kind">The kind of run ("crawl", "scheduled", "demo").</param>
    /// <param name="firedBy">What started it ("cli", "cron", "catch-up", "manual", "recovery").</param>
    /// <param name="startedAt">Its start time.</param>
    /// <param name="node">The node running it (<c>Node:Name</c>); null when unknown.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The run number.</returns>
    Task<long> StartAsync(string kind, string firedBy, DateTimeOffset startedAt, string? node = null, CancellationToken cancellationToken = default);

    /// <summary>Records the stage a running run has reached, so a run that dies shows where.</summary>
    /// <param name="id">The run.</param>
    /// <param name="stage">"crawl", "analysis" or "index".</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the stage is durable.</returns>
    Task EnterStageAsync(long id, string stage, CancellationToken cancellationToken = default);

    /// <summary>Saves the counts and errors of a run still "running"; a late save never overwrites a finished record.</summary>
    /// <param name="run">The run so far; its id names the row. Its status, end and stage are not written.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the counts are durable.</returns>
    Task SaveProgressAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>Records the end of a run with its counts.</summary>
    /// <param name="run">The finished run; its id names the row.</param>
    /// <param name="reportJson">The per-source report as JSON.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the record is durable.</returns>
    Task FinishAsync(RunRecord run, string reportJson, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks as "interrupted" the runs still "running" that no live process owns; call it only while holding the run
    /// lock (and, on PostgreSQL, the name of <paramref name="node"/>). On SQLite that is every running run, since one
    /// process runs at a time; on PostgreSQL, the runs of <paramref name="node"/> itself, of no node, or of a node whose
    /// process is gone, never those of another live node.
    /// </summary>
    /// <param name="detectedAt">When the interruption was found.</param>
    /// <param name="node">The node that is starting a run.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The runs marked, ascending.</returns>
    Task<IReadOnlyList<long>> MarkInterruptedAsync(DateTimeOffset detectedAt, string? node = null, CancellationToken cancellationToken = default);

    /// <summary>When the last successful run of <paramref name="kind"/> started, if there was one.</summary>
    /// <param name="kind">The kind of run.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The start time or null.</returns>
    Task<DateTimeOffset?> LastSucceededStartAsync(string kind, CancellationToken cancellationToken = default);

    /// <summary>When the last run of any of <paramref name="kinds"/> started, whatever became of it.</summary>
    /// <param name="kinds">The kinds of run that count.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The start time or null.</returns>
    Task<DateTimeOffset?> LastStartAsync(IReadOnlyList<string> kinds, CancellationToken cancellationToken = default);

    /// <summary>The most recent run, if any.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The run or null.</returns>
    Task<RunRecord?> LastAsync(CancellationToken cancellationToken = default);

    /// <summary>The most recent runs, newest first.</summary>
    /// <param name="limit">How many at most.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The runs.</returns>
    Task<IReadOnlyList<RunRecord>> ListAsync(int limit, CancellationToken cancellationToken = default);
}
