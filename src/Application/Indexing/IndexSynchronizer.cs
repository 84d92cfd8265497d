using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Writing;
using Pipeline.Storage;

namespace Pipeline.Indexing;

/// <summary>
/// Brings the index up to the store: everything after the sequence the last index commit recorded, in batches.
/// An index written with an older schema is rebuilt beside the live one and swapped in instead.
/// </summary>
/// <param name="store">The article store.</param>
/// <param name="batchSize">Articles per index commit.</param>
/// <param name="logger">Where a schema rebuild is reported; none by default.</param>
public sealed class IndexSynchronizer(IArticleStore store, int batchSize = 500, ILogger? logger = null)
{
    /// <summary>Indexes what the index lacks.</summary>
    /// <param name="indexPath">The index directory.</param>
    /// <param name="cancellationToken">Checked between batches; a cancelled sync keeps its committed batches.</param>
    /// <returns>How many articles were written, and how many documents the index then holds.</returns>
    public async Task<(int Written, int Total)> SynchronizeAsync(string indexPath, CancellationToken cancellationToken = default)
    {
        if (!ArticleIndexWriter.HoldsOlderIndex(indexPath))
        {
            using var writer = new ArticleIndexWriter(indexPath);
            return await ExtendAsync(writer, cancellationToken);
        }

        IndexingLog.RebuildingOlderSchema(logger ?? NullLogger.Instance, indexPath, IndexFields.SchemaVersion);
        return await RebuildAsync(indexPath, Guid.NewGuid().ToString("N")[..12], cancellationToken);
    }

    /// <summary>
    /// Builds the whole index from the store in a fresh directory beside <paramref name="indexPath"/> and swaps it in,
    /// so searches never see a half-built index: the old index is renamed aside, the new one renamed into place, the
    /// old one deleted. A crash between the two renames leaves no index, which the next run rebuilds from sequence 0.
    /// </summary>
    /// <param name="indexPath">The live index directory.</param>
    /// <param name="stamp">Makes the names of the fresh and the old directory unique.</param>
    /// <param name="cancellationToken">Stops the build; the live index is then left as it was.</param>
    /// <returns>How many articles were written, and how many documents the index then holds.</returns>
    public async Task<(int Written, int Total)> RebuildAsync(string indexPath, string stamp, CancellationToken cancellationToken = default)
    {
        var fresh = indexPath + ".new-" + stamp;
        (int Written, int Total) result;
        using (var writer = new ArticleIndexWriter(fresh))
        {
            result = await ExtendAsync(writer, cancellationToken);
        }

        var old = indexPath + ".old-" + stamp;
        if (Directory.Exists(indexPath))
        {
            Directory.Move(indexPath, old);
        }

        Directory.Move(fresh, indexPath);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }

        return result;
    }

    private async Task<(int Written, int Total)> ExtendAsync(ArticleIndexWriter writer, CancellationToken cancellationToken)
    {
        var sequence = writer.CommittedSequence;
        var total = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await store.ReadAfterAsync(sequence, batchSize, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            total += writer.Upsert(batch.Select(ToIndexed));
            sequence = batch[^1].Sequence;
            await TestHooks.PauseAtAsync(TestHooks.IndexCommit, cancellationToken);
            writer.Commit(sequence);
        }

        if (total == 0)
        {
            // A first run with nothing to index still leaves a valid, empty index that readers can open.
            writer.Commit(sequence);
        }
        else if (!cancellationToken.IsCancellationRequested)
        {
            // After the last batch: the data is committed before the index is rewritten, never waiting on it.
            writer.Compact();
        }

        return (total, writer.Count);
    }

    private static IndexedArticle ToIndexed(StoredArticle article) =>
        new(article.Id, article.Url, article.Outlet, article.Title, article.Lead, article.Body, article.Published, StoredFacts.Read(article.FactsJson), article.Authors, article.Section);
}
