using System.Globalization;
using Pipeline.Indexer.Search;
using Pipeline.Indexing;
using Pipeline.Storage;
using Pipeline.Topics;

namespace Pipeline.Running;

/// <summary>
/// <c>pipeline reindex</c>: under the run lock, optionally analyses every article again, then rebuilds the index
/// from the store beside the live one and swaps it in (<see cref="IndexSynchronizer.RebuildAsync"/>).
/// </summary>
/// <param name="dataDirectory">The data directory.</param>
/// <param name="timeProvider">The clock, for directory names.</param>
/// <param name="topics">The topic classifiers, for <c>--reanalyze</c>.</param>
/// <param name="storeOptions">Which database holds the stores; SQLite in the data directory when null.</param>
public sealed class IndexRebuilder(DataDirectory dataDirectory, TimeProvider timeProvider, TopicClassifierCache topics, StoreOptions? storeOptions = null)
{
    /// <summary>Rebuilds the index, optionally analysing every article again first.</summary>
    /// <param name="reanalyze">Whether to run the analysis again over every stored article.</param>
    /// <param name="cancellationToken">Stops the rebuild; the live index stays as it was.</param>
    /// <returns>What was analysed and indexed.</returns>
    public async Task<ReindexSummary> RunAsync(bool reanalyze, CancellationToken cancellationToken = default)
    {
        dataDirectory.RequireExisting();
        // The swap must not happen under a run's indexing.
        using var runLock = await RunLock.TryAcquireAsync(dataDirectory.Root, PipelineRunner.LockWait, timeProvider, cancellationToken)
            ?? throw new RunInProgressException($"A run is in progress on {dataDirectory.Root}; reindex when it has finished.");
        var store = (await StoreFactory.OpenAsync(storeOptions ?? new StoreOptions(), dataDirectory, StoreAccess.Existing, timeProvider, cancellationToken)).Articles;
        var reanalysed = 0;
        if (reanalyze)
        {
            await store.InvalidateFactsAsync(cancellationToken);
            reanalysed = await new AnalysisStage(store, topics.For(dataDirectory)).RunAsync(cancellationToken);
        }

        var stamp = timeProvider.GetUtcNow().ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var (_, total) = await new IndexSynchronizer(store).RebuildAsync(dataDirectory.IndexPath, stamp, cancellationToken);

        using var check = ArticleSearcher.Open(dataDirectory.IndexPath);
        return new ReindexSummary(reanalysed, total, check.CommittedSequence);
    }
}
