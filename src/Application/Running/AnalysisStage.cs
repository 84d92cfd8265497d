using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage;
using Pipeline.Text.Facts;

namespace Pipeline.Running;

/// <summary>
/// Analyses stored articles whose facts are missing or older than their content and stores the facts with
/// them. Runs between storage and indexing; a crash in between is repaired by the next run's pass.
/// </summary>
/// <param name="store">The article store.</param>
/// <param name="analyze">Facts, topics and the cooperation flag of a text with its publication date.</param>
/// <param name="batchSize">Articles per read.</param>
/// <param name="logger">Where an article that cannot be analysed is reported; none by default.</param>
internal sealed class AnalysisStage(IArticleStore store, Func<string, DateTimeOffset?, ArticleFacts> analyze, int batchSize = 200, ILogger? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger.Instance;

    /// <summary>Analyses with the topic classifier.</summary>
    /// <param name="store">The article store.</param>
    /// <param name="topics">Topics and the cooperation flag.</param>
    /// <param name="batchSize">Articles per read.</param>
    /// <param name="logger">Where an article that cannot be analysed is reported; none by default.</param>
    public AnalysisStage(IArticleStore store, Topics.TopicClassifier topics, int batchSize = 200, ILogger? logger = null)
        : this(store, topics.Analyze, batchSize, logger)
    {
    }

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
                ArticleFacts facts;
                try
                {
                    facts = analyze(text, published);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // One article the analysis cannot read must not hold back every article after it, run after run: it is
                    // stored without facts (and so stays searchable), and the warning names it for a fix and a reanalysis.
                    RunnerLog.ArticleNotAnalysed(log, exception, id);
                    facts = ArticleFacts.Empty;
                }

                await store.SaveFactsAsync(id, sequence, StoredFacts.Write(facts), cancellationToken);
                analysed++;
            }
        }
    }
}
