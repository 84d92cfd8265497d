namespace Pipeline.Bench;

/// <summary>Percentiles of measured latencies by the nearest-rank method: every figure reported is a latency that was observed.</summary>
internal static class LatencyPercentiles
{
    /// <summary>The smallest latency that at least <paramref name="fraction"/> of the sorted latencies do not exceed.</summary>
    /// <param name="sorted">Latencies in ascending order.</param>
    /// <param name="fraction">Between 0 and 1: 0.5 for the median, 0.99 for p99.</param>
    /// <returns>That latency, or 0 when there is none.</returns>
    public static double Of(IReadOnlyList<double> sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfNegative(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
