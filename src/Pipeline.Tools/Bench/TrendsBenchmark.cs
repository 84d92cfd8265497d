using System.Diagnostics;
using System.Text.Json;
using Pipeline.Analysis.Topics;
using Pipeline.Analysis.Trends;
using Pipeline.Corpus;
using Pipeline.Corpus.Synthetic;
using Pipeline.Storage;

namespace Pipeline.Bench;

/// <summary>
/// Trends over a large corpus: synthetic articles with exact facts (or a gold.jsonl) stored in a temporary SQLite
/// database, then every trend aggregation timed twice (the first pass warms caches and JIT; the second is the figure).
/// </summary>
public static class TrendsBenchmark
{
    /// <summary>The time, in milliseconds, the report holds each aggregation against.</summary>
    public const double TargetMs = 2000;

    /// <param name="articles">Synthetic articles to generate.</param>
    /// <param name="corpus">A gold.jsonl to store instead.</param>
    /// <param name="store">A directory to keep the database in: used as it is when it already holds one (nothing generated or loaded).</param>
    /// <param name="taxonomy">The topic labels the trends group by (the host's data/taxonomy.json).</param>
    /// <param name="timeProvider">The clock of the store.</param>
    /// <param name="progress">Where to say what is happening.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<TrendsBenchmarkResult> RunAsync(int articles, string? corpus, string? store, Taxonomy taxonomy, TimeProvider timeProvider, Action<string> progress, CancellationToken cancellationToken = default)
    {
        var directory = store ?? Path.Combine(Path.GetTempPath(), "pipeline-bench-trends-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(directory, "pipeline.db");
        var reuse = store is not null && File.Exists(path);
        Directory.CreateDirectory(directory);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var generateSeconds = 0.0;
            var loadSeconds = 0.0;
            var database = await PipelineDatabase.OpenAsync(path, create: true, timeProvider, cancellationToken);
            var articleStore = new SqliteArticleStore(database, timeProvider);
            if (!reuse)
            {
                progress(corpus is null ? $"Generating {articles:N0} synthetic articles..." : $"Reading {corpus}...");
                var imported = corpus is null ? Generate(articles) : await ReadAsync(corpus, cancellationToken);
                generateSeconds = stopwatch.Elapsed.TotalSeconds;
                progress($"Storing {imported.Count:N0} articles with their trend rows...");
                stopwatch.Restart();
                await articleStore.ImportAsync(imported, cancellationToken);
                loadSeconds = stopwatch.Elapsed.TotalSeconds;
            }

            var (stored, _) = await articleStore.CountAsync(cancellationToken);

            progress("Timing the trends (a warm-up pass, then the timed pass)...");
            var (cold, _) = await PassAsync(new TrendService(new SqliteTrendStore(database), taxonomy), cancellationToken);
            var (warm, cpu) = await PassAsync(new TrendService(new SqliteTrendStore(database), taxonomy), cancellationToken);
            var trends = warm.Where(q => q.Key != "network").ToList();
            return new TrendsBenchmarkResult(
                stored,
                reuse,
                Math.Round(generateSeconds, 2),
                Math.Round(loadSeconds, 2),
                warm,
                Math.Round(trends.Sum(q => q.Value), 1),
                Math.Round(cpu, 1),
                trends.Max(q => q.Value),
                warm["network"],
                Math.Round(cold.Where(q => q.Key != "network").Sum(q => q.Value), 1),
                TargetMs);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (store is null)
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (IOException)
                {
                    // A leftover temp folder is harmless.
                }
            }
        }
    }

    /// <summary>Every aggregation once: wall milliseconds each, and the process CPU milliseconds of the trends (network excluded).</summary>
    private static async Task<(Dictionary<string, double> Times, double CpuMs)> PassAsync(TrendService service, CancellationToken cancellationToken)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var filter = TrendFilter.All;
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        async Task Time(string name, Func<Task> query)
        {
            var stopwatch = Stopwatch.StartNew();
            await query();
            times[name] = Math.Round(stopwatch.Elapsed.TotalMilliseconds, 1);
        }

        // The first query also checks that the trend tables are up to date with the facts.
        foreach (var dimension in Enum.GetValues<TrendDimension>())
        {
            await Time($"series by {dimension.ToString().ToLowerInvariant()}", () => service.SeriesAsync(dimension, TrendInterval.Month, filter, 10, cancellationToken));
        }

        await Time("series by topic, cooperation only, by quarter", () => service.SeriesAsync(TrendDimension.Topic, TrendInterval.Quarter, filter with { CooperationOnly = true }, 10, cancellationToken));
        await Time("top partners", () => service.PartnersAsync(filter, 20, cancellationToken));
        await Time("countries by topic", () => service.CountryTopicsAsync(filter, 20, cancellationToken));
        await Time("counts by kind", () => service.CountsAsync(filter, TrendInterval.Month, listFigures: false, cancellationToken));
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        await Time("network", () => service.NetworkAsync(filter, cancellationToken));
        return (times, cpuMs);
    }

    private static List<ImportedArticle> Generate(int articles)
    {
        var vocabulary = SyntheticVocabulary.From(GoldCorpus.Load(GoldCorpus.DefaultDirectory));
        return new SyntheticCorpusGenerator(vocabulary, seed: 42).Generate(articles).Select(GoldImport.From).ToList();
    }

    private static async Task<List<ImportedArticle>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var articles = new List<ImportedArticle>();
        var line = 0;
        try
        {
            await foreach (var text in File.ReadLinesAsync(path, cancellationToken))
            {
                line++;
                if (text.Length > 0)
                {
                    var record = JsonSerializer.Deserialize<GoldRecord>(text, GoldRecord.JsonOptions) ?? throw new InvalidDataException($"{path}:{line}: empty record.");
                    articles.Add(GoldImport.From(record));
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or ArgumentNullException or UriFormatException)
        {
            throw new InvalidDataException($"{path}:{line}: not a gold record ({ex.Message}).", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path} cannot be read: {ex.Message}", ex);
        }

        return articles;
    }
}
