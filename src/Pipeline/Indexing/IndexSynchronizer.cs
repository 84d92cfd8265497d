using System.Text.Json;
using Pipeline.Analysis.Facts;
using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Writing;
using Pipeline.Storage;

namespace Pipeline.Indexing;

/// <summary>Brings the index up to the store: everything after the sequence the last index commit recorded, in batches.</summary>
/// <param name="store">The article store.</param>
/// <param name="batchSize">Articles per index commit.</param>
public sealed class IndexSynchronizer(SqliteArticleStore store, int batchSize = 500)
{
    /// <summary>Indexes what the index lacks.</summary>
    /// <param name="indexPath">The index directory.</param>
    /// <param name="cancellationToken">Checked between batches; a cancelled sync keeps its committed batches.</param>
    /// <returns>How many articles were written, and how many documents the index then holds.</returns>
    public async Task<(int Written, int Total)> SynchronizeAsync(string indexPath, CancellationToken cancellationToken = default)
    {
        using var writer = new ArticleIndexWriter(indexPath);
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
            await Running.TestHooks.PauseAtAsync(Running.TestHooks.IndexCommit, cancellationToken);
            writer.Commit(sequence);
        }

        if (total == 0)
        {
            // A first run with nothing to index still leaves a valid, empty index that readers can open.
            writer.Commit(sequence);
        }

        return (total, writer.Count);
    }

    private static IndexedArticle ToIndexed(StoredArticle article) =>
        new(article.Id, article.Url, article.Outlet, article.Title, article.Lead, article.Body, article.Published, Facts(article.FactsJson), article.Authors, article.Section);

    // Facts that cannot be read (written by an older build) are left out rather than stopping the indexing.
    private static ArticleFacts? Facts(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ArticleFacts>(json, Output.Json.Compact);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
