using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Pipeline.Corpus;
using Pipeline.Indexer.Search;
using Pipeline.Storage;

namespace Pipeline.Bench;

/// <summary>
/// <c>bench api</c>: <c>pipeline serve</c> in a child process over a generated index (built once, then reused from the
/// work directory), loaded with sampled <c>/api/search</c> queries over bare keep-alive connections
/// (<see cref="LoopbackHttpConnection"/>). A closed loop warms the server up and then measures its maximum throughput;
/// an open loop (<see cref="OpenLoopLoad"/>) then sends at fractions of that maximum and reports the latency a user
/// would see at that load. The server runs apart so that the client's processor time is reported apart from the
/// server's, though both share the machine's cores.
/// </summary>
public static class ApiBenchmark
{
    /// <summary>The p99 latency, in milliseconds, the report holds each load against.</summary>
    public const double TargetP99Ms = 100;

    private const string MarkerFile = "bench-api.json";

    private static readonly TimeSpan WarmUpWindow = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan ServerStartTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Builds or reuses the index, starts the server, measures its maximum throughput and then the latency at each load.</summary>
    /// <param name="options">The index size, loads, clients, durations and work directory.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="stage">Told what the benchmark is doing, for progress output.</param>
    /// <param name="cancellationToken">Stops the benchmark and the server.</param>
    /// <returns>The figures.</returns>
    public static async Task<ApiBenchmarkResult> RunAsync(ApiBenchmarkOptions options, TimeProvider timeProvider, Action<string> stage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(stage);
        options.Validate();
        var root = Path.Combine(options.WorkDirectory, string.Create(CultureInfo.InvariantCulture, $"{options.Articles}-{options.Seed}"));
        var (queries, reused) = await PrepareAsync(root, options, stage, cancellationToken);
        var paths = queries.Select(PathOf).ToArray();

        stage("starting the web app in a child process");
        await using var server = await ServerProcess.StartAsync(options.ServerAssembly, root, ServerStartTimeout, cancellationToken);
        var warmedUp = await WarmUpAsync(server.BaseUri, paths, options, timeProvider, stage, cancellationToken);

        stage(string.Create(CultureInfo.InvariantCulture, $"maximum throughput: {options.Clients} closed-loop clients for {options.Duration.TotalSeconds:0} s"));
        var (saturation, clientCpu, serverCpu) = await MeasureAsync(
            server,
            () => ClosedLoopLoad.RunAsync(server.BaseUri, paths, options.Clients, options.Duration, options.Seed + 1, timeProvider, cancellationToken));
        var maximum = ApiRateFigures.From("closed", 1, saturation.Sent / saturation.Seconds, saturation, clientCpu, serverCpu);
        if (maximum.AchievedPerSecond <= 0)
        {
            throw new InvalidDataException("The server answered no search in the maximum-throughput phase; no open-loop rate can be set from it.");
        }

        // The open loop's own code (timers, the connection pool) runs for the first time here: compiled before it is timed.
        stage("warming up the open loop");
        _ = await OpenLoopLoad.RunAsync(server.BaseUri, paths, options.Loads.Min() * maximum.AchievedPerSecond, WarmUpWindow, options.MaxConnections, options.Drain, options.Seed + 2, timeProvider, cancellationToken);

        var rates = new List<ApiRateFigures>();
        foreach (var load in options.Loads)
        {
            var rate = load * maximum.AchievedPerSecond;
            stage(string.Create(CultureInfo.InvariantCulture, $"open loop at {load:P0} of the maximum: {rate:0.0} requests/s for {options.Duration.TotalSeconds:0} s"));
            var (sample, client, served) = await MeasureAsync(
                server,
                () => OpenLoopLoad.RunAsync(server.BaseUri, paths, rate, options.Duration, options.MaxConnections, options.Drain, options.Seed + 3 + rates.Count, timeProvider, cancellationToken));
            rates.Add(ApiRateFigures.From("open", load, rate, sample, client, served));
        }

        return new ApiBenchmarkResult(
            options.Articles,
            reused,
            Math.Round(warmedUp.TotalSeconds, 1),
            options.Clients,
            maximum.AchievedPerSecond,
            maximum,
            rates,
            "constant interval (1 / rate), queries drawn in a seeded random order",
            "pipeline serve in a child process: client processor time is this process's, server time the child's",
            Environment.ProcessorCount,
            LoadAverage(),
            "off (Web:RateLimitPerMinute = 0 for the run)",
            TargetP99Ms);
    }

    /// <summary>Runs one phase and the processor time each side spent on it.</summary>
    private static async Task<(LoadSample Sample, TimeSpan ClientCpu, TimeSpan ServerCpu)> MeasureAsync(ServerProcess server, Func<Task<LoadSample>> phase)
    {
        using var self = Process.GetCurrentProcess();
        var client = self.TotalProcessorTime;
        var served = server.ProcessorTime;
        var sample = await phase();
        self.Refresh();
        return (sample, self.TotalProcessorTime - client, server.ProcessorTime - served);
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
    /// Closed-loop load in windows of <see cref="WarmUpWindow"/> until throughput stops rising: four windows in a row
    /// without a new best (by more than 3 %), after at least <see cref="MinimumWarmUp"/>, or until <c>--warm-up</c>
    /// runs out. The runtime compiles the hot code again, optimised with what it saw, on a background thread; with the
    /// cores busy serving, that takes from a few seconds to half a minute, and until then searches run several times slower.
    /// </summary>
    private static async Task<TimeSpan> WarmUpAsync(Uri baseUri, string[] paths, ApiBenchmarkOptions options, TimeProvider timeProvider, Action<string> stage, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var best = 0.0;
        var withoutBetter = 0;
        for (var round = 0; timeProvider.GetElapsedTime(started) + WarmUpWindow <= options.WarmUp || round == 0; round++)
        {
            stage(string.Create(CultureInfo.InvariantCulture, $"warming up until throughput settles ({timeProvider.GetElapsedTime(started).TotalSeconds:0} s, best {best:0} requests/s)"));
            var window = await ClosedLoopLoad.RunAsync(baseUri, paths, options.Clients, WarmUpWindow, (options.Seed * 1_000) + round, timeProvider, cancellationToken);
            var rate = window.AnsweredPerSecond;
            if (rate > best * 1.03)
            {
                withoutBetter = 0;
            }
            else if (++withoutBetter >= 4 && timeProvider.GetElapsedTime(started) >= MinimumWarmUp)
            {
                break;
            }

            best = Math.Max(best, rate);
        }

        return timeProvider.GetElapsedTime(started);
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

    private sealed record SavedQueries(string Format, List<BenchQuery> Queries);
}
