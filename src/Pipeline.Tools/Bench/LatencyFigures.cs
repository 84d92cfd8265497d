namespace Pipeline.Bench;

/// <summary>Latency of one kind of query in one engine.</summary>
/// <param name="Kind">"one-term", "two-term", "phrase" or "filtered+faceted".</param>
/// <param name="Queries">Queries timed.</param>
/// <param name="P50Ms">Median, milliseconds.</param>
/// <param name="P99Ms">99th percentile, milliseconds.</param>
/// <param name="MeanMs">Mean, milliseconds.</param>
/// <param name="MeanHits">Mean number of matching articles.</param>
public sealed record LatencyFigures(string Kind, int Queries, double P50Ms, double P99Ms, double MeanMs, double MeanHits);
