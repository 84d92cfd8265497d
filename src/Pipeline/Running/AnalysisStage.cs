using System.Text.Json;
using Pipeline.Storage;

namespace Pipeline.Running;

/// <summary>
/// Analyses stored articles whose facts are missing or older than their content and stores the facts with
/// them. Runs between storage and indexing; a crash in between is repaired by the next run's pass.
/// </summary>
/// <param name="store">The article store.</param>
/// <param name="topics">Topics and the cooperation flag.</param>
/// <param name="batchSize">Articles per read.</param>
internal sealed class AnalysisStage(SqliteArticleStore store, Topics.TopicClassifier topics, int batchSize = 200)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var analysed = 0;
        while (true)
        {
            var batch = await store.ReadUnanalyzedAsync(batchSize, cancellationToken);
            if (batch.Count == 0)
            {
                return analysed;
            }

            foreach (var (id, sequence, text, published) in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var facts = topics.Analyze(text, published);
                await store.SaveFactsAsync(id, sequence, JsonSerializer.Serialize(facts, Output.Json.Compact), cancellationToken);
                analysed++;
            }
        }
    }
}
