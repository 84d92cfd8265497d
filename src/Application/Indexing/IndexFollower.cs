using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;

namespace Pipeline.Indexing;

/// <summary>
/// Keeps a search node's own index up to a shared store: a catch-up at start (an empty index directory is built from
/// the store) and then every interval, each from the sequence of the index's last commit. Searches pick up each new
/// commit (see <c>IndexSnapshots</c>), so a stored article is searchable within about one interval.
/// </summary>
/// <param name="store">The article store.</param>
/// <param name="indexPath">The node's index directory.</param>
/// <param name="interval">Time between catch-ups.</param>
/// <param name="timeProvider">The clock of the interval.</param>
/// <param name="logger">Where catch-ups and failures are reported.</param>
public sealed class IndexFollower(IArticleStore store, string indexPath, TimeSpan interval, TimeProvider timeProvider, ILogger<IndexFollower> logger) : BackgroundService
{
    /// <summary>One catch-up; a failure (the store away, a crawl on this machine holding the index's write lock) is logged, not thrown.</summary>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>True when the index caught up.</returns>
    public async Task<bool> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var (written, total) = await new IndexSynchronizer(store, logger: logger).SynchronizeAsync(indexPath, cancellationToken);
            if (written > 0)
            {
                IndexingLog.CaughtUp(logger, indexPath, written, total);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            IndexingLog.FollowFailed(logger, ex, indexPath, interval);
            return false;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            await CatchUpAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
