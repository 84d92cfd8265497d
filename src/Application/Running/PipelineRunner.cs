using System.Net;
using System.Text.Json;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Configuration;
using Pipeline.Crawler.Archive;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.Indexing;
using Pipeline.Storage;

namespace Pipeline.Running;

/// <summary>
/// One run of the whole pipeline: crawl (fetch, extract, store), analysis, then indexing of what the store has
/// that the index lacks. One run at a time per data directory (<see cref="RunLock"/>); runs left "running" by a
/// dead process are marked "interrupted" first. The run is recorded before work starts, each stage as it is
/// entered, its counts every <see cref="ProgressSaver.Period"/> during the crawl and at each stage's end (so a killed
/// run shows how far it got), and the end with its counts and errors whatever happens. A run whose listings
/// (robots.txt, feeds, sections, sitemaps) failed ends <see cref="RunStatus.Partial"/>, each listing in its errors. A stop request ends fetching after the
/// pages in flight, then analyses and indexes what was stored within <see cref="ScheduleOptions.StopGrace"/>.
/// </summary>
/// <param name="settings">Validated settings.</param>
/// <param name="loggerFactory">Structured logging.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="topics">The topic classifiers; the run's is loaded only when there are articles to analyse.</param>
public sealed class PipelineRunner(PipelineSettings settings, ILoggerFactory loggerFactory, TimeProvider timeProvider, Topics.TopicClassifierCache topics)
{
    /// <summary>How long a run waits for another one on the same data directory before giving up.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    private readonly ILogger logger = loggerFactory.CreateLogger<PipelineRunner>();

    /// <summary>What starts this runner's runs, as recorded: "cli" (default), "cron", "catch-up", "manual", "recovery".</summary>
    public string FiredBy { get; init; } = "cli";

    /// <summary>
    /// The node this runner runs as among crawler nodes sharing a PostgreSQL store, in host leases and in its runs:
    /// <c>Node:Name</c> by default. Two runners in one process (tests) are two nodes when given two ids.
    /// </summary>
    public string NodeId { get; init; } = settings.Node.Resolved;

    /// <summary>Runs the pipeline over <paramref name="sources"/>.</summary>
    /// <param name="kind">What started the run ("demo", "crawl", "scheduled").</param>
    /// <param name="sources">The sources to crawl.</param>
    /// <param name="hostOverrides">Host names resolved without DNS (the demo's virtual outlets).</param>
    /// <param name="progress">Per-page progress; may be null.</param>
    /// <param name="cancellationToken">Stops fetching after the pages in flight; the run then commits what it has and is recorded as cancelled.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="RunInProgressException">Another run holds the data directory.</exception>
    public async Task<RunSummary> RunAsync(
        string kind,
        IReadOnlyList<CrawlSource> sources,
        IReadOnlyDictionary<string, IPEndPoint>? hostOverrides,
        IProgress<CrawlProgress>? progress,
        CancellationToken cancellationToken = default)
    {
        var dataDirectory = new DataDirectory(settings.DataDir);
        dataDirectory.EnsureExists();
        using var runLock = await RunLock.TryAcquireAsync(dataDirectory.Root, LockWait, timeProvider, cancellationToken)
            ?? throw new RunInProgressException($"Another run is in progress on {dataDirectory.Root} (the daemon or a `pipeline crawl`); try again when it has finished.");
        var stores = await StoreFactory.OpenAsync(settings.Store, dataDirectory, StoreAccess.Create, timeProvider, cancellationToken);
        var runs = stores.Runs;
        var articles = stores.Articles;
        // Held for the whole run: no other live process runs under this name, and once this one is gone the name is
        // free, which is how another node starting later knows that the runs it left are dead.
        await using var name = stores.Nodes is { } nodes
            ? await nodes.TryHoldAsync(NodeId, cancellationToken) ?? throw new StorageException($"Another live process runs as node '{NodeId}' on this PostgreSQL store; give each node its own Node:Name.")
            : null;
        var interrupted = await runs.MarkInterruptedAsync(timeProvider.GetUtcNow(), NodeId, cancellationToken);
        foreach (var id in interrupted)
        {
            RunnerLog.FoundInterrupted(logger, id);
        }

        var started = timeProvider.GetTimestamp();
        var startedAt = timeProvider.GetUtcNow();
        var runId = await runs.StartAsync(kind, FiredBy, startedAt, NodeId, cancellationToken);
        RunnerLog.Started(logger, runId, kind, FiredBy);
        var run = new RunProgress(runId, kind, startedAt, interrupted.Count == 0 ? null : $"resumes after interrupted run #{string.Join(", #", interrupted)}");
        var pages = new PageCounter(progress);
        var classifier = new Lazy<Topics.TopicClassifier>(() => topics.For(dataDirectory));
        CrawlRunner? crawler = null;
        try
        {
            // The run's logger factory goes in before the fetcher so that its events (the charset decision of each page)
            // reach the run's log; the client factory's own per-request lines would only repeat the fetcher's.
            await using var services = new ServiceCollection()
                .AddSingleton(timeProvider)
                .AddSingleton(loggerFactory)
                .AddCrawlerHttp(settings.Fetcher, WithResolved(hostOverrides))
                .ConfigureHttpClientDefaults(client => client.RemoveAllLoggers())
                .BuildServiceProvider();
            var frontier = stores.Frontier;
            sources = await WithListedSinceAsync(sources, frontier, runs, kind, cancellationToken);
            using var archive = new WarcWriter(dataDirectory.RawPath, string.Create(CultureInfo.InvariantCulture, $"{kind}-{startedAt:yyyyMMdd-HHmmss}-run{runId}"), timeProvider);
            crawler = new CrawlRunner(
                services.GetRequiredService<IPageFetcher>(),
                frontier,
                articles,
                new ArticleExtractor(),
                settings.Crawl,
                timeProvider,
                loggerFactory.CreateLogger<CrawlRunner>(),
                archive,
                stores.HostLeases is { } leases ? new HostLeasing(leases, NodeId, settings.Crawl.HostLeaseDuration) : null);
            await using (new ProgressSaver(ProgressSaver.Period, timeProvider, token => runs.SaveProgressAsync(Record(run, RunStatus.Running, run.Stage, crawler.Snapshot()), token), logger, runId))
            {
                run.Reports = await crawler.RunAsync(sources, pages, cancellationToken);
            }

            AddCrawlErrors(run);
            await runs.SaveProgressAsync(Record(run, RunStatus.Running, run.Stage), CancellationToken.None);
            await AnalyseAndIndexAsync(run, runs, articles, classifier, dataDirectory, cancellationToken);
            var record = Record(run, run.Reports.Any(r => r.ListingErrors is { Count: > 0 }) ? RunStatus.Partial : RunStatus.Succeeded, "done");
            await runs.FinishAsync(record, JsonSerializer.Serialize(run.Reports), CancellationToken.None);
            RunnerLog.Finished(logger, runId, record.Status, record.New, record.Updated, record.Analyzed, record.Indexed);
            Telemetry.RunMetrics.Finished(kind, record.Status, timeProvider.GetElapsedTime(started));
            var (stored, _) = await articles.CountAsync(cancellationToken);
            return new RunSummary(record, run.Reports, stored, run.IndexTotal, timeProvider.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var stage = run.Stage;
            TakeCrawlSnapshot(run, crawler);
            await DrainAsync(run, runs, articles, classifier, dataDirectory);
            run.Message = string.Create(CultureInfo.InvariantCulture, $"stopped by the operator during the {stage} stage after {pages.Pages} pages") + (run.Message is null ? string.Empty : "; " + run.Message);
            var record = Record(run, RunStatus.Cancelled, stage);
            await runs.FinishAsync(record, JsonSerializer.Serialize(run.Reports), CancellationToken.None);
            RunnerLog.Finished(logger, runId, record.Status, record.New, record.Updated, record.Analyzed, record.Indexed);
            Telemetry.RunMetrics.Finished(kind, record.Status, timeProvider.GetElapsedTime(started));
            throw;
        }
        catch (Exception ex)
        {
            // A full disk is the operator's to fix, not a bug: one line, no stack trace.
            var diskFull = StorageFailure.IsDiskFull(ex);
            if (diskFull)
            {
                RunnerLog.FailedForLackOfSpace(logger, runId, run.Stage, StorageFailure.DiskFull(ex));
            }
            else
            {
                RunnerLog.Failed(logger, ex, runId, run.Stage);
            }

            TakeCrawlSnapshot(run, crawler);
            run.Errors.Add($"{run.Stage}: {ex.Message}");
            run.Message = ex.Message;
            try
            {
                await runs.FinishAsync(Record(run, RunStatus.Failed, run.Stage), JsonSerializer.Serialize(run.Reports), CancellationToken.None);
                Telemetry.RunMetrics.Finished(kind, RunStatus.Failed, timeProvider.GetElapsedTime(started));
            }
            catch (Exception recording) when (diskFull && StorageFailure.IsDiskFull(recording))
            {
                // The record cannot be written on the full disk either; the next run marks this one interrupted.
                // The error the user sees stays the one that stopped the run.
            }

            throw;
        }
    }

    // A crawl that stopped or failed returned no reports: what it did up to then is still the run's.
    /// <summary>The run's own host overrides (the demo's outlets) over the configured <c>Fetcher:Resolve</c>.</summary>
    private IReadOnlyDictionary<string, IPEndPoint>? WithResolved(IReadOnlyDictionary<string, IPEndPoint>? hostOverrides)
    {
        if (settings.Fetcher.Resolve.Count == 0)
        {
            return hostOverrides;
        }

        var merged = new Dictionary<string, IPEndPoint>(settings.Fetcher.ResolvedHosts(), StringComparer.OrdinalIgnoreCase);
        foreach (var (host, endPoint) in hostOverrides ?? new Dictionary<string, IPEndPoint>())
        {
            merged[host] = endPoint;
        }

        return merged;
    }

    private static void TakeCrawlSnapshot(RunProgress run, CrawlRunner? crawler)
    {
        if (run.Stage == "crawl" && run.Reports.Count == 0 && crawler is not null)
        {
            run.Reports = crawler.Snapshot();
            AddCrawlErrors(run);
        }
    }

    private static void AddCrawlErrors(RunProgress run)
    {
        run.Errors.AddRange(run.Reports.SelectMany(r => (r.ListingErrors ?? []).Select(e => "crawl: " + e)));
        run.Errors.AddRange(run.Reports.SelectMany(r => r.FailureReasons.Select(kv => string.Create(CultureInfo.InvariantCulture, $"crawl: {r.Source}: {kv.Value} × {kv.Key}"))));
    }

    private async Task AnalyseAndIndexAsync(
        RunProgress run, IRunStore runs, IArticleStore articles, Lazy<Topics.TopicClassifier> classifier, DataDirectory dataDirectory, CancellationToken cancellationToken)
    {
        if (run.Stage == "crawl")
        {
            run.Stage = "analysis";
            await runs.EnterStageAsync(run.Id, run.Stage, CancellationToken.None);
        }

        if (run.Stage == "analysis")
        {
            run.Analyzed += await new AnalysisStage(articles, classifier.Value, logger: logger).RunAsync(cancellationToken);
            await runs.SaveProgressAsync(Record(run, RunStatus.Running, run.Stage), CancellationToken.None);
            run.Stage = "index";
            await runs.EnterStageAsync(run.Id, run.Stage, CancellationToken.None);
        }

        var (written, total) = await new IndexSynchronizer(articles, logger: logger).SynchronizeAsync(dataDirectory.IndexPath, cancellationToken);
        run.Indexed += written;
        run.IndexTotal = total;
    }

    // After a stop request: what was stored is analysed and committed to the index, within the grace, so the
    // index agrees with the store when the process exits. What the grace does not cover the next run does.
    private async Task DrainAsync(RunProgress run, IRunStore runs, IArticleStore articles, Lazy<Topics.TopicClassifier> classifier, DataDirectory dataDirectory)
    {
        RunnerLog.Stopping(logger, run.Id, run.Stage, settings.Schedule.StopGrace);
        using var grace = new CancellationTokenSource(settings.Schedule.StopGrace, timeProvider);
        try
        {
            await AnalyseAndIndexAsync(run, runs, articles, classifier, dataDirectory, grace.Token);
        }
        catch (OperationCanceledException) when (grace.IsCancellationRequested)
        {
            RunnerLog.GraceRanOut(logger, run.Id);
            run.Errors.Add($"{run.Stage}: the stop grace ({settings.Schedule.StopGrace}) ran out; the next run finishes the {run.Stage} stage");
        }
    }

    private static async Task<IReadOnlyList<CrawlSource>> WithListedSinceAsync(
        IReadOnlyList<CrawlSource> sources, IPipelineFrontierStore frontier, IRunStore runs, string kind, CancellationToken cancellationToken)
    {
        // Sitemap entries older than the last successful run were read then; a source crawled for the first time reads everything.
        var since = await runs.LastSucceededStartAsync(kind, cancellationToken);
        if (since is null)
        {
            return sources;
        }

        var result = new List<CrawlSource>(sources.Count);
        foreach (var source in sources)
        {
            result.Add(await frontier.HasSourceAsync(source.Name, cancellationToken) ? source with { ListedSince = since } : source);
        }

        return result;
    }

    // During the crawl the reports come from the crawler's snapshot; the errors then are its listing failures so far.
    private RunRecord Record(RunProgress run, string status, string stage, IReadOnlyList<SourceReport>? snapshot = null)
    {
        var reports = snapshot ?? run.Reports;
        IReadOnlyList<string> errors = snapshot is null ? run.Errors : [.. snapshot.SelectMany(r => (r.ListingErrors ?? []).Select(e => "crawl: " + e))];
        return new(
            run.Id,
            run.Kind,
            run.StartedAt,
            timeProvider.GetUtcNow(),
            status,
            reports.Sum(r => r.Discovered),
            reports.Sum(r => r.Fetched),
            reports.Sum(r => r.New),
            reports.Sum(r => r.Updated),
            reports.Sum(r => r.Unchanged),
            reports.Sum(r => r.Duplicates),
            reports.Sum(r => r.Skipped),
            reports.Sum(r => r.Failed),
            reports.Sum(r => r.Blocked),
            run.Indexed,
            run.Message,
            run.Analyzed,
            stage,
            FiredBy,
            errors,
            NodeId);
    }

    /// <summary>What a run has done so far, carried across its stages and into its record.</summary>
    private sealed class RunProgress(long id, string kind, DateTimeOffset startedAt, string? message)
    {
        public long Id { get; } = id;

        public string Kind { get; } = kind;

        public DateTimeOffset StartedAt { get; } = startedAt;

        public string Stage { get; set; } = "crawl";

        public string? Message { get; set; } = message;

        public IReadOnlyList<SourceReport> Reports { get; set; } = [];

        public List<string> Errors { get; } = [];

        public int Analyzed { get; set; }

        public int Indexed { get; set; }

        public int IndexTotal { get; set; }
    }
}
