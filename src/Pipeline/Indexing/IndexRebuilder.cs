using System.Globalization;
using Pipeline.Indexer.Search;
using Pipeline.Running;
using Pipeline.Storage;
using Pipeline.Topics;

namespace Pipeline.Indexing;

/// <summary>
/// Rebuilds the index from the store into a fresh directory and swaps it in, so searches never see a half-built
/// index: the old index is renamed aside, the new one renamed into place, the old one deleted. A crash between
/// the two renames leaves no index, which the next run rebuilds from sequence 0; the new directory keeps its
/// own commit, so nothing is lost either way.
/// </summary>
/// <param name="dataDirectory">The data directory.</param>
/// <param name="timeProvider">The clock, for directory names.</param>
internal sealed class IndexRebuilder(DataDirectory dataDirectory, TimeProvider timeProvider)
{
    public async Task<ReindexSummary> RunAsync(bool reanalyze, CancellationToken cancellationToken = default)
    {
        dataDirectory.RequireExisting();
        // The swap must not happen under a run's indexing.
        using var runLock = await RunLock.TryAcquireAsync(dataDirectory.Root, PipelineRunner.LockWait, timeProvider, cancellationToken)
            ?? throw new RunInProgressException($"A run is in progress on {dataDirectory.Root}; reindex when it has finished.");
        var database = await PipelineDatabase.OpenAsync(dataDirectory.DatabasePath, create: false, timeProvider, cancellationToken);
        var store = new SqliteArticleStore(database, timeProvider);
        var reanalysed = 0;
        if (reanalyze)
        {
            await store.InvalidateFactsAsync(cancellationToken);
            reanalysed = await new AnalysisStage(store, TopicClassifier.For(dataDirectory)).RunAsync(cancellationToken);
        }

        var stamp = timeProvider.GetUtcNow().ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var fresh = dataDirectory.IndexPath + ".new-" + stamp;
        var (_, total) = await new IndexSynchronizer(store).SynchronizeAsync(fresh, cancellationToken);
        var old = dataDirectory.IndexPath + ".old-" + stamp;
        if (Directory.Exists(dataDirectory.IndexPath))
        {
            Directory.Move(dataDirectory.IndexPath, old);
        }

        Directory.Move(fresh, dataDirectory.IndexPath);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }

        using var check = ArticleSearcher.Open(dataDirectory.IndexPath);
        return new ReindexSummary(reanalysed, total, check.CommittedSequence);
    }
}
