namespace Pipeline.Bench;

/// <summary>One phase of <c>bench api</c>: the closed-loop maximum, or one open-loop rate.</summary>
/// <param name="Loop">"closed" (clients send on each answer: the maximum throughput) or "open" (requests due at a constant rate).</param>
/// <param name="Load">The open loop's rate as a fraction of the maximum throughput; 1 for the closed loop.</param>
/// <param name="OfferedPerSecond">Requests due per second (open loop); for the closed loop, the requests it sent per second.</param>
/// <param name="Seconds">The phase's window.</param>
/// <param name="Sent">Requests sent in the window.</param>
/// <param name="AchievedPerSecond">200 answers per second that ended inside the window.</param>
/// <param name="P50Ms">Median latency in milliseconds; in the open loop from the request's due time, so queueing counts.</param>
/// <param name="P99Ms">99th percentile, milliseconds.</param>
/// <param name="MaxMs">Slowest, milliseconds.</param>
/// <param name="Errors">Answers other than 200 and 429, and failed connections.</param>
/// <param name="TooManyRequests">429 answers (none expected: the rate limit is off).</param>
/// <param name="Unanswered">Requests still waiting when the drain time after the window ran out.</param>
/// <param name="SendLagP99Ms">99th percentile of how late requests left after their due time: above a few milliseconds, the client, not the server, limited the run.</param>
/// <param name="Connections">Connections opened (open loop: one per request outstanding at once).</param>
/// <param name="ClientCpuMs">Processor time of the load generator's process over the phase, all its threads.</param>
/// <param name="ServerCpuMs">Processor time of the server's process over the phase.</param>
/// <param name="ClientCpuMsPerRequest">Client processor time per request sent.</param>
/// <param name="ServerCpuMsPerRequest">Server processor time per request answered.</param>
/// <param name="MeanSearchMs">Mean time inside the searcher (the answers' tookMs); the rest of the latency is queueing, HTTP and JSON.</param>
/// <param name="MeanHits">Mean total of matching articles per answer.</param>
public sealed record ApiRateFigures(
    string Loop,
    double Load,
    double OfferedPerSecond,
    double Seconds,
    long Sent,
    double AchievedPerSecond,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    long Errors,
    long TooManyRequests,
    long Unanswered,
    double SendLagP99Ms,
    int Connections,
    double ClientCpuMs,
    double ServerCpuMs,
    double ClientCpuMsPerRequest,
    double ServerCpuMsPerRequest,
    double MeanSearchMs,
    double MeanHits)
{
    /// <summary>The figures of one phase.</summary>
    public static ApiRateFigures From(string loop, double load, double offeredPerSecond, LoadSample sample, TimeSpan clientCpu, TimeSpan serverCpu)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var answered = Math.Max(1, sample.Latencies.Count);
        return new ApiRateFigures(
            loop,
            Math.Round(load, 2),
            Math.Round(offeredPerSecond, 1),
            Math.Round(sample.Seconds, 2),
            sample.Sent,
            Math.Round(sample.AnsweredPerSecond, 1),
            Math.Round(LatencyPercentiles.Of(sample.Latencies, 0.50), 2),
            Math.Round(LatencyPercentiles.Of(sample.Latencies, 0.99), 2),
            Math.Round(sample.Latencies.Count == 0 ? 0 : sample.Latencies[^1], 2),
            sample.Errors,
            sample.TooManyRequests,
            sample.Unanswered,
            Math.Round(sample.SendLagP99Ms, 2),
            sample.Connections,
            Math.Round(clientCpu.TotalMilliseconds, 0),
            Math.Round(serverCpu.TotalMilliseconds, 0),
            Math.Round(clientCpu.TotalMilliseconds / Math.Max(1, sample.Sent), 3),
            Math.Round(serverCpu.TotalMilliseconds / answered, 3),
            Math.Round(sample.SearchMs / (double)answered, 1),
            Math.Round(sample.Hits / (double)answered, 0));
    }
}
