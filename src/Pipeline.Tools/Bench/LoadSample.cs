namespace Pipeline.Bench;

/// <summary>What one load run against the search API saw.</summary>
/// <param name="Seconds">The window requests were sent in.</param>
/// <param name="Sent">Requests sent (open loop: due) in the window.</param>
/// <param name="Latencies">Latencies of the 200 answers in milliseconds, ascending: from the request's intended send time to the answer's last byte.</param>
/// <param name="AnsweredInWindow">200 answers whose last byte arrived before the window closed.</param>
/// <param name="Errors">Answers other than 200 and 429, and requests whose connection failed.</param>
/// <param name="TooManyRequests">429 answers.</param>
/// <param name="Unanswered">Requests still waiting when the drain time after the window ran out.</param>
/// <param name="Hits">Sum of the answers' totals of matching articles.</param>
/// <param name="SearchMs">Sum of the answers' tookMs (time inside the searcher).</param>
/// <param name="SendLagP99Ms">99th percentile of how late a request left after its intended send time (the client falling behind its schedule, or waiting for a connection).</param>
/// <param name="Connections">Connections opened.</param>
public sealed record LoadSample(
    double Seconds,
    long Sent,
    IReadOnlyList<double> Latencies,
    long AnsweredInWindow,
    long Errors,
    long TooManyRequests,
    long Unanswered,
    long Hits,
    long SearchMs,
    double SendLagP99Ms,
    int Connections)
{
    /// <summary>200 answers per second of window, counting those that ended inside it.</summary>
    public double AnsweredPerSecond => Seconds <= 0 ? 0 : AnsweredInWindow / Seconds;
}
