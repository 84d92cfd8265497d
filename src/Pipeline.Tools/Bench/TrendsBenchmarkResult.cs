namespace Pipeline.Bench;

/// <summary>What <c>pipeline bench trends</c> measured.</summary>
/// <param name="Articles">Articles stored.</param>
/// <param name="Reused">The store of an earlier run (<c>--store</c>) was timed as it was: nothing generated or loaded.</param>
/// <param name="GenerateSeconds">Making or reading the corpus.</param>
/// <param name="LoadSeconds">Storing it with its facts and trend rows in a fresh SQLite database.</param>
/// <param name="Queries">Milliseconds per aggregation, in run order, on the timed pass.</param>
/// <param name="TrendsMs">The trends (series by every dimension, top partners, countries by topic, counts), timed pass, one after another.</param>
/// <param name="TrendsCpuMs">Process CPU time of those trends: close to their wall time on an idle machine.</param>
/// <param name="SlowestMs">The slowest single aggregation (one <c>pipeline trends</c> command's work).</param>
/// <param name="NetworkMs">The cooperation network, timed pass.</param>
/// <param name="ColdTrendsMs">The same trends on the first pass (cold caches, JIT).</param>
/// <param name="TargetMs">The goal for <paramref name="TrendsMs"/>.</param>
public sealed record TrendsBenchmarkResult(
    int Articles,
    bool Reused,
    double GenerateSeconds,
    double LoadSeconds,
    IReadOnlyDictionary<string, double> Queries,
    double TrendsMs,
    double TrendsCpuMs,
    double SlowestMs,
    double NetworkMs,
    double ColdTrendsMs,
    double TargetMs);
