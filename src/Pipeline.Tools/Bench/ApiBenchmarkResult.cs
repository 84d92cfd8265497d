namespace Pipeline.Bench;

/// <summary>What <c>bench api</c> measured.</summary>
/// <param name="Articles">Articles in the index searched.</param>
/// <param name="IndexReused">True when an index built by an earlier run was reused.</param>
/// <param name="WarmUpSeconds">Closed-loop load before measuring: until throughput stopped rising, at most <c>--warm-up</c>.</param>
/// <param name="Clients">Closed-loop clients of the warm-up and the maximum-throughput phase.</param>
/// <param name="MaxRequestsPerSecond">The maximum throughput: 200 answers per second of the closed-loop phase.</param>
/// <param name="Maximum">The closed-loop phase that measured it.</param>
/// <param name="Rates">The open-loop phases, one per load, in the order run.</param>
/// <param name="Arrivals">How the open loop spaces its requests.</param>
/// <param name="Server">Where the server ran, which is what lets client and server processor time be told apart.</param>
/// <param name="Processors">Cores the server and the load generator shared.</param>
/// <param name="LoadAverage">The machine's one-minute load average when the measurement ended (other work on the machine inflates latency).</param>
/// <param name="RateLimit">The rate limit in force during the run.</param>
/// <param name="TargetP99Ms">The goal p99 at each open-loop rate.</param>
public sealed record ApiBenchmarkResult(
    int Articles,
    bool IndexReused,
    double WarmUpSeconds,
    int Clients,
    double MaxRequestsPerSecond,
    ApiRateFigures Maximum,
    IReadOnlyList<ApiRateFigures> Rates,
    string Arrivals,
    string Server,
    int Processors,
    double LoadAverage,
    string RateLimit,
    double TargetP99Ms)
{
    /// <summary>True when every open-loop rate kept p99 under the goal, answered all it was sent and had no error.</summary>
    public bool Met => Rates.All(r => r.P99Ms < TargetP99Ms && r.Errors == 0 && r.TooManyRequests == 0 && r.Unanswered == 0);
}
