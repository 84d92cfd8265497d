using System.Net;

namespace Pipeline.Bench;

/// <summary>Collects the outcome of each request of a load run from many concurrent senders.</summary>
/// <param name="timeProvider">The clock the latencies and the window are read from.</param>
/// <param name="windowStart">Timestamp at which the window opened.</param>
/// <param name="window">The window's length.</param>
internal sealed class LoadRecorder(TimeProvider timeProvider, long windowStart, TimeSpan window)
{
    private readonly object gate = new();
    private readonly List<double> latencies = [];
    private readonly List<double> lags = [];
    private readonly long windowEnd = windowStart + (long)(window.TotalSeconds * timeProvider.TimestampFrequency);
    private long sent;
    private long answeredInWindow;
    private long errors;
    private long tooManyRequests;
    private long unanswered;
    private long hits;
    private long searchMs;

    /// <summary>A request left at <paramref name="actual"/>, due at <paramref name="intended"/>.</summary>
    public void Sent(long intended, long actual)
    {
        var lag = timeProvider.GetElapsedTime(intended, Math.Max(intended, actual)).TotalMilliseconds;
        lock (gate)
        {
            sent++;
            lags.Add(lag);
        }
    }

    /// <summary>An answer arrived whole: its latency runs from <paramref name="intended"/> to now.</summary>
    public void Answered(long intended, int status, ReadOnlySpan<byte> body)
    {
        var now = timeProvider.GetTimestamp();
        var latency = timeProvider.GetElapsedTime(intended, now).TotalMilliseconds;
        var (total, took) = status == (int)HttpStatusCode.OK ? SearchAnswer.Figures(body) : (0, 0);
        lock (gate)
        {
            if (status == (int)HttpStatusCode.OK)
            {
                latencies.Add(latency);
                answeredInWindow += now <= windowEnd ? 1 : 0;
                hits += total;
                searchMs += took;
            }
            else if (status == (int)HttpStatusCode.TooManyRequests)
            {
                tooManyRequests++;
            }
            else
            {
                errors++;
            }
        }
    }

    /// <summary>The request's connection failed.</summary>
    public void Failed()
    {
        lock (gate)
        {
            errors++;
        }
    }

    /// <summary>The request was still waiting when the drain time ran out.</summary>
    public void Abandoned()
    {
        lock (gate)
        {
            unanswered++;
        }
    }

    /// <summary>The figures so far, latencies sorted.</summary>
    public LoadSample Sample(int connections)
    {
        lock (gate)
        {
            var sorted = latencies.ToArray();
            Array.Sort(sorted);
            var sortedLags = lags.ToArray();
            Array.Sort(sortedLags);
            return new LoadSample(
                window.TotalSeconds,
                sent,
                sorted,
                answeredInWindow,
                errors,
                tooManyRequests,
                unanswered,
                hits,
                searchMs,
                LatencyPercentiles.Of(sortedLags, 0.99),
                connections);
        }
    }
}
