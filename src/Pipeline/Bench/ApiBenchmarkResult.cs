namespace Pipeline.Bench;

/// <summary>What <c>bench api</c> measured.</summary>
/// <param name="Articles">Articles in the index searched.</param>
/// <param name="IndexReused">True when an index built by an earlier run was reused.</param>
/// <param name="Clients">Concurrent clients, each sending its next request as soon as the last answer arrived.</param>
/// <param name="Seconds">Measured time, warm-up excluded.</param>
/// <param name="WarmUpSeconds">Time run before measuring: until throughput stopped rising, at most <c>--warm-up</c>.</param>
/// <param name="Requests">Requests answered while measuring.</param>
/// <param name="RequestsPerSecond">Their rate.</param>
/// <param name="P50Ms">Median latency, milliseconds.</param>
/// <param name="P95Ms">95th percentile, milliseconds.</param>
/// <param name="P99Ms">99th percentile, milliseconds.</param>
/// <param name="MaxMs">Slowest, milliseconds.</param>
/// <param name="Errors">Answers other than 200 and 429, and failed requests.</param>
/// <param name="TooManyRequests">429 answers (none expected: the bench turns the rate limit off).</param>
/// <param name="MeanHits">Mean total of matching articles per search.</param>
/// <param name="MeanSearchMs">Mean time inside the searcher (the answer's tookMs: matching, scoring, facet counting, snippets), the rest of the latency being waiting, HTTP and JSON.</param>
/// <param name="Processors">Cores the server and the load generator shared.</param>
/// <param name="ProcessorMsPerRequest">Processor time of server and load generator together per request: steadier than latency under other load, though a slower host raises it too (one build measured 2.8-3.7 ms on one day).</param>
/// <param name="GcPauseMs">Time the garbage collector held every thread while measuring.</param>
/// <param name="GcCollections">Collections while measuring, of any generation (each one pauses every thread).</param>
/// <param name="GcFullCollections">Of those, collections of the oldest generation.</param>
/// <param name="AllocatedKbPerRequest">Memory allocated per request by server and load generator together, in KB: what drives the collections.</param>
/// <param name="ServerGc">True under the server garbage collector (the host's setting).</param>
/// <param name="LoadAverage">The machine's one-minute load average when the measurement ended (other work on the machine inflates latency).</param>
/// <param name="RateLimit">The rate limit in force during the run.</param>
/// <param name="TargetP99Ms">The goal p99.</param>
internal sealed record ApiBenchmarkResult(
    int Articles,
    bool IndexReused,
    int Clients,
    double Seconds,
    double WarmUpSeconds,
    long Requests,
    double RequestsPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    long Errors,
    long TooManyRequests,
    double MeanHits,
    double MeanSearchMs,
    int Processors,
    double ProcessorMsPerRequest,
    double GcPauseMs,
    int GcCollections,
    int GcFullCollections,
    double AllocatedKbPerRequest,
    bool ServerGc,
    double LoadAverage,
    string RateLimit,
    double TargetP99Ms)
{
    /// <summary>True when p99 is under the goal with no error.</summary>
    public bool Met => P99Ms < TargetP99Ms && Errors == 0 && TooManyRequests == 0;
}
