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
/// One run of the whole pipeline: crawl (fetch, extract, store), then index what the store has that
/// the index lacks. The run is recorded before work starts and finished with its counts whatever happens.
/// </summary>
/// <param name="settings">Validated settings.</param>
/// <param name="loggerFactory">Structured logging.</param>
/// <param name="timeProvider">The clock.</param>
public sealed class PipelineRunner(PipelineSettings settings, ILoggerFactory loggerFactory, TimeProvider timeProvider)
{
    /// <summary>Runs the pipeline over <paramref name="sources"/>.</summary>
    /// <param name="kind">What started the run ("demo", "crawl").</param>
    /// <param name="sources">The sources to crawl.</param>
    /// <param name="hostOverrides">Host names resolved without DNS (the demo's virtual outlets).</param>
    /// <param name="progress">Per-page progress; may be null.</param>
    /// <param name="cancellationToken">Stops the run after the current page; the run is then recorded as cancelled.</param>
    /// <returns>The summary.</returns>
    public async Task<RunSummary> RunAsync(
        string kind,
        IReadOnlyList<CrawlSource> sources,
        IReadOnlyDictionary<string, IPEndPoint>? hostOverrides,
        IProgress<CrawlProgress>? progress,
        CancellationToken cancellationToken = default)
    {
        var dataDirectory = new DataDirectory(settings.DataDir);
        dataDirectory.EnsureExists();
        var database = await PipelineDatabase.OpenAsync(dataDirectory.DatabasePath, create: true, timeProvider, cancellationToken);
        var runs = new SqliteRunStore(database);
        var articles = new SqliteArticleStore(database, timeProvider);
        var started = timeProvider.GetTimestamp();
        var startedAt = timeProvider.GetUtcNow();
        var runId = await runs.StartAsync(kind, startedAt, cancellationToken);
        IReadOnlyList<SourceReport> reports = [];
        var indexed = 0;
        try
        {
            await using var services = new ServiceCollection()
                .AddSingleton(timeProvider)
                .AddCrawlerHttp(settings.Fetcher, hostOverrides)
                .BuildServiceProvider();
            var frontier = new SqliteFrontierStore(database);
            sources = await WithListedSinceAsync(sources, frontier, runs, kind, cancellationToken);
            using var archive = new WarcWriter(dataDirectory.RawPath, string.Create(CultureInfo.InvariantCulture, $"{kind}-{startedAt:yyyyMMdd-HHmmss}-run{runId}"), timeProvider);
            var crawler = new CrawlRunner(
                services.GetRequiredService<IPageFetcher>(),
                frontier,
                articles,
                new ArticleExtractor(),
                settings.Crawl,
                timeProvider,
                loggerFactory.CreateLogger<CrawlRunner>(),
                archive);
            reports = await crawler.RunAsync(sources, progress, cancellationToken);
            await new AnalysisStage(articles, Topics.TopicClassifier.For(dataDirectory)).RunAsync(cancellationToken);
            (indexed, var indexTotal) = await new IndexSynchronizer(articles).SynchronizeAsync(dataDirectory.IndexPath, cancellationToken);
            var run = Record(runId, kind, startedAt, "succeeded", reports, indexed, null);
            await runs.FinishAsync(run, JsonSerializer.Serialize(reports), cancellationToken);
            var (stored, _) = await articles.CountAsync(cancellationToken);
            return new RunSummary(run, reports, stored, indexTotal, timeProvider.GetElapsedTime(started));
        }
        catch (OperationCanceledException)
        {
            await runs.FinishAsync(Record(runId, kind, startedAt, "cancelled", reports, indexed, "stopped by the operator"), JsonSerializer.Serialize(reports), CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            await runs.FinishAsync(Record(runId, kind, startedAt, "failed", reports, indexed, ex.Message), JsonSerializer.Serialize(reports), CancellationToken.None);
            throw;
        }
    }

    private static async Task<IReadOnlyList<CrawlSource>> WithListedSinceAsync(
        IReadOnlyList<CrawlSource> sources, SqliteFrontierStore frontier, SqliteRunStore runs, string kind, CancellationToken cancellationToken)
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

    private RunRecord Record(long id, string kind, DateTimeOffset startedAt, string status, IReadOnlyList<SourceReport> reports, int indexed, string? message) =>
        new(
            id,
            kind,
            startedAt,
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
            indexed,
            message);
}
