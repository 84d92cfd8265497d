using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Pipeline.Configuration;
using Pipeline.Corpus;
using Pipeline.Indexer.Search;
using Pipeline.Storage;
using Pipeline.Web;

namespace Pipeline.Bench;

/// <summary>
/// <c>bench api</c>: the web app on loopback over a generated index (built once, then reused from the work directory),
/// and concurrent clients sending sampled <c>/api/search</c> queries, each as soon as its last answer arrived, for a
/// fixed time after a warm-up. The rate limit is off for the run: one address sends everything. The clients share
/// the machine with the server, so each is a bare keep-alive connection (<see cref="LoopbackHttpConnection"/>)
/// rather than HttpClient, which spent a tenth of the server's processor time on its own.
/// </summary>
internal static class ApiBenchmark
{
    public const double TargetP99Ms = 100;

    private const string MarkerFile = "bench-api.json";

    private static readonly TimeSpan WarmUpWindow = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(20);

    public static async Task<ApiBenchmarkResult> RunAsync(ApiBenchmarkOptions options, Action<string> stage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.Combine(options.WorkDirectory, string.Create(CultureInfo.InvariantCulture, $"{options.Articles}-{options.Seed}"));
        var (queries, reused) = await PrepareAsync(root, options, stage, cancellationToken);

        stage("starting the web app on loopback");
        var settings = new PipelineSettings { DataDir = root };
        settings.Web.Urls = "http://127.0.0.1:0";
        settings.Web.RateLimitPerMinute = 0;
        var archive = await WebArchive.OpenAsync(settings, TimeProvider.System, cancellationToken);
        await using var app = WebApp.Create(settings, archive);
        await app.StartAsync(cancellationToken);
        try
        {
            var baseUri = new Uri(app.Urls.First() + "/");
            var paths = queries.Select(PathOf).ToArray();

            var warmedUp = await WarmUpAsync(baseUri, paths, options, stage, cancellationToken);
            stage($"{options.Clients} clients for {options.Duration.TotalSeconds:0} s");
            var processor = Process.GetCurrentProcess().TotalProcessorTime;
            var paused = GC.GetTotalPauseDuration();
            var (collections, fullCollections, allocated) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
            var load = await LoadAsync(baseUri, paths, options.Clients, options.Duration, options.Seed + 1, cancellationToken);
            processor = Process.GetCurrentProcess().TotalProcessorTime - processor;
            paused = GC.GetTotalPauseDuration() - paused;
            (collections, fullCollections, allocated) = (GC.CollectionCount(0) - collections, GC.CollectionCount(2) - fullCollections, GC.GetTotalAllocatedBytes() - allocated);

            var latencies = load.Latencies;
            latencies.Sort();
            return new ApiBenchmarkResult(
                options.Articles,
                reused,
                options.Clients,
                Math.Round(load.Seconds, 2),
                Math.Round(warmedUp.TotalSeconds, 1),
                latencies.Count,
                Math.Round(latencies.Count / load.Seconds, 1),
                Math.Round(Percentile(latencies, 0.50), 2),
                Math.Round(Percentile(latencies, 0.95), 2),
                Math.Round(Percentile(latencies, 0.99), 2),
                Math.Round(latencies.Count == 0 ? 0 : latencies[^1], 2),
                load.Errors,
                load.TooManyRequests,
                Math.Round(load.Hits / (double)Math.Max(1, latencies.Count), 0),
                Math.Round(load.SearchMs / (double)Math.Max(1, latencies.Count), 1),
                Environment.ProcessorCount,
                Math.Round(processor.TotalMilliseconds / Math.Max(1, latencies.Count), 2),
                Math.Round(paused.TotalMilliseconds, 0),
                collections,
                fullCollections,
                Math.Round(allocated / 1024.0 / Math.Max(1, latencies.Count), 0),
                System.Runtime.GCSettings.IsServerGC,
                LoadAverage(),
                "off (Web:RateLimitPerMinute = 0 for the run)",
                TargetP99Ms);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>The index and the sampled queries: reused when an earlier run left them for the same articles, seed and index format.</summary>
    private static async Task<(IReadOnlyList<BenchQuery> Queries, bool Reused)> PrepareAsync(string root, ApiBenchmarkOptions options, Action<string> stage, CancellationToken cancellationToken)
    {
        var data = new DataDirectory(root);
        var marker = Path.Combine(root, MarkerFile);
        var format = typeof(ArticleSearcher).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        if (File.Exists(marker) && ArticleSearcher.Exists(data.IndexPath))
        {
            try
            {
                var saved = JsonSerializer.Deserialize<SavedQueries>(await File.ReadAllTextAsync(marker, cancellationToken));
                using var searcher = ArticleSearcher.Open(data.IndexPath);
                if (saved is not null && saved.Format == format && searcher.Count == options.Articles && saved.Queries.Count > 0)
                {
                    stage($"reusing the index of {options.Articles:N0} articles in {root}");
                    return (saved.Queries, true);
                }
            }
            catch (Exception ex) when (ex is JsonException or IOException or Indexer.IndexUnavailableException)
            {
                // A damaged leftover is rebuilt below.
            }
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        stage($"generating {options.Articles:N0} articles");
        var articles = SyntheticArticles.Generate(GoldCorpus.Load(GoldCorpus.DefaultDirectory), options.Articles, options.Seed);
        var queries = IndexBenchmark.SampleQueries(articles, options.QueriesPerKind, options.Seed);
        cancellationToken.ThrowIfCancellationRequested();
        stage($"indexing {options.Articles:N0} articles (built once, reused by later runs)");
        SyntheticArticles.Index(data.IndexPath, articles, Math.Max(1, Environment.ProcessorCount), cancellationToken);
        _ = await PipelineDatabase.OpenAsync(data.DatabasePath, create: true, TimeProvider.System, cancellationToken);
        await File.WriteAllTextAsync(marker, JsonSerializer.Serialize(new SavedQueries(format, queries)), cancellationToken);
        return (queries, false);
    }

    /// <summary>
    /// Load in windows of <see cref="WarmUpWindow"/> until throughput stops rising: four windows in a row without a
    /// new best (by more than 3 %), after at least <see cref="MinimumWarmUp"/>, or until <c>--warm-up</c> runs out.
    /// The runtime compiles the hot code again, optimised with what it saw, on a background thread; with the two
    /// cores busy serving, that took from a few seconds to half a minute, and until then searches ran several times slower.
    /// </summary>
    private static async Task<TimeSpan> WarmUpAsync(Uri baseUri, string[] paths, ApiBenchmarkOptions options, Action<string> stage, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var best = 0.0;
        var withoutBetter = 0;
        for (var round = 0; stopwatch.Elapsed + WarmUpWindow <= options.WarmUp || round == 0; round++)
        {
            stage(string.Create(CultureInfo.InvariantCulture, $"warming up until throughput settles ({stopwatch.Elapsed.TotalSeconds:0} s, best {best:0} requests/s)"));
            var window = await LoadAsync(baseUri, paths, options.Clients, WarmUpWindow, (options.Seed * 1_000) + round, cancellationToken);
            var rate = window.Latencies.Count / window.Seconds;
            if (rate > best * 1.03)
            {
                withoutBetter = 0;
            }
            else if (++withoutBetter >= 4 && stopwatch.Elapsed >= MinimumWarmUp)
            {
                break;
            }

            best = Math.Max(best, rate);
        }

        return stopwatch.Elapsed;
    }

    private static async Task<LoadFigures> LoadAsync(Uri baseUri, string[] paths, int clients, TimeSpan duration, int seed, CancellationToken cancellationToken)
    {
        var figures = Enumerable.Range(0, clients).Select(_ => new LoadFigures()).ToArray();
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(
            async () =>
            {
                var random = new Random(seed * 1_000 + c);
                var mine = figures[c];
                LoopbackHttpConnection? connection = null;
                try
                {
                    while (stopwatch.Elapsed < duration)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var started = Stopwatch.GetTimestamp();
                        try
                        {
                            connection ??= await LoopbackHttpConnection.ConnectAsync(baseUri, cancellationToken);
                            var (status, body) = await connection.GetAsync(paths[random.Next(paths.Length)], cancellationToken);
                            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                            if (status == (int)HttpStatusCode.OK)
                            {
                                mine.Latencies.Add(elapsed);
                                var (total, took) = Figures(body.Span);
                                mine.Hits += total;
                                mine.SearchMs += took;
                            }
                            else if (status == (int)HttpStatusCode.TooManyRequests)
                            {
                                mine.TooManyRequests++;
                            }
                            else
                            {
                                mine.Errors++;
                            }
                        }
                        catch (IOException)
                        {
                            // A broken connection is an error of this request; the next one opens a new connection.
                            mine.Errors++;
                            connection?.Dispose();
                            connection = null;
                        }
                    }
                }
                finally
                {
                    connection?.Dispose();
                }
            },
            cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var total = new LoadFigures { Seconds = seconds };
        foreach (var figure in figures)
        {
            total.Latencies.AddRange(figure.Latencies);
            total.Errors += figure.Errors;
            total.TooManyRequests += figure.TooManyRequests;
            total.Hits += figure.Hits;
            total.SearchMs += figure.SearchMs;
        }

        return total;
    }

    /// <summary>The answer's total and the searcher's own time ("tookMs"), read without building the whole document.</summary>
    private static (long Total, long TookMs) Figures(ReadOnlySpan<byte> body)
    {
        long total = 0, took = 0;
        var reader = new Utf8JsonReader(body);
        while (reader.Read() && reader.CurrentDepth <= 1)
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
            {
                continue;
            }

            if (reader.ValueTextEquals("total"u8) && reader.Read())
            {
                total = reader.GetInt64();
            }
            else if (reader.ValueTextEquals("tookMs"u8) && reader.Read())
            {
                took = reader.GetInt64();
                break;
            }
        }

        return (total, took);
    }

    private static string PathOf(BenchQuery query)
    {
        var path = "/api/search?q=" + Uri.EscapeDataString(query.Text);
        if (query.Topic is not null)
        {
            path += "&topic=" + Uri.EscapeDataString(query.Topic);
        }

        if (query.From is { } from && query.To is { } to)
        {
            // The web API takes days, the end inclusive; the sampled range ends at the start of a day.
            path += "&from=" + from.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                + "&to=" + to.ToOffset(TimeSpan.FromHours(7)).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return path;
    }

    private static double LoadAverage()
    {
        try
        {
            var first = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null;
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : double.NaN;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private sealed record SavedQueries(string Format, List<BenchQuery> Queries);

    private sealed class LoadFigures
    {
        public List<double> Latencies { get; } = [];

        public long Errors { get; set; }

        public long TooManyRequests { get; set; }

        public long Hits { get; set; }

        public long SearchMs { get; set; }

        public double Seconds { get; init; }
    }
}
