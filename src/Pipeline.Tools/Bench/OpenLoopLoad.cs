namespace Pipeline.Bench;

/// <summary>
/// The open loop of <c>bench api</c>: requests fall due at a constant interval (1 / rate) from the window's start and
/// each is sent at its due time whatever the earlier answers are doing, so a slow answer delays no later request. A
/// request's latency runs from its due time, not from when it actually left, to the answer's last byte: time spent
/// queued behind a slow server, or behind a client that fell behind its schedule, counts (no coordinated omission).
/// Constant spacing rather than random (Poisson) arrivals keeps two runs at one rate sending the same load; the queries
/// are drawn from a seeded random order.
/// </summary>
internal static class OpenLoopLoad
{
    /// <summary>Below this, a due time is not worth a timer: the request goes now (timers fire a millisecond or so late anyway).</summary>
    private static readonly TimeSpan TimerThreshold = TimeSpan.FromMilliseconds(1);

    /// <summary>Sends <paramref name="ratePerSecond"/> requests a second for <paramref name="duration"/>, then waits up to <paramref name="drain"/> for the outstanding answers.</summary>
    /// <param name="baseUri">The server.</param>
    /// <param name="paths">Escaped paths with their query strings, drawn at random.</param>
    /// <param name="ratePerSecond">Requests due per second.</param>
    /// <param name="duration">The window requests fall due in.</param>
    /// <param name="maxConnections">Most requests outstanding at once.</param>
    /// <param name="drain">How long outstanding answers are awaited after the window before they count as unanswered.</param>
    /// <param name="seed">Seed of the order the paths are drawn in.</param>
    /// <param name="timeProvider">The clock due times and latencies are read from.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>What the run saw.</returns>
    public static async Task<LoadSample> RunAsync(
        Uri baseUri,
        IReadOnlyList<string> paths,
        double ratePerSecond,
        TimeSpan duration,
        int maxConnections,
        TimeSpan drain,
        int seed,
        TimeProvider timeProvider,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentOutOfRangeException.ThrowIfZero(paths.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        var random = new Random(seed);
        var due = (long)Math.Floor(duration.TotalSeconds * ratePerSecond);
        var ticksPerRequest = timeProvider.TimestampFrequency / ratePerSecond;
        var start = timeProvider.GetTimestamp();
        var recorder = new LoadRecorder(timeProvider, start, duration);
        using var pool = new ConnectionPool(baseUri, maxConnections);
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var requests = new List<Task>((int)Math.Min(due, 1_000_000));
        try
        {
            for (long i = 0; i < due; i++)
            {
                var intended = start + (long)(i * ticksPerRequest);
                var wait = timeProvider.GetElapsedTime(timeProvider.GetTimestamp(), intended);
                if (wait >= TimerThreshold)
                {
                    await Task.Delay(wait, timeProvider, cancellationToken);
                }

                requests.Add(SendAsync(pool, paths[random.Next(paths.Count)], intended, recorder, timeProvider, abandon.Token));
            }

            await Task.WhenAll(requests).WaitAsync(drain, timeProvider, cancellationToken);
        }
        catch (TimeoutException)
        {
            // What is still outstanding after the drain time is given up: each counts as unanswered.
        }
        finally
        {
            // Also on cancellation: no request may outlive the pool its connection came from.
            await abandon.CancelAsync();
            await Task.WhenAll(requests);
        }

        return recorder.Sample(pool.Opened);
    }

    private static async Task SendAsync(ConnectionPool pool, string path, long intended, LoadRecorder recorder, TimeProvider timeProvider, CancellationToken abandoned)
    {
        // Off the scheduler's thread at once, so that connecting or sending never delays the next due request.
        await Task.Yield();
        LoopbackHttpConnection? connection = null;
        try
        {
            connection = await pool.TakeAsync(abandoned);
            recorder.Sent(intended, timeProvider.GetTimestamp());
            var (status, body) = await connection.GetAsync(path, abandoned);
            recorder.Answered(intended, status, body.Span);
            pool.Return(connection, healthy: true);
        }
        catch (OperationCanceledException) when (abandoned.IsCancellationRequested)
        {
            if (connection is null)
            {
                recorder.Sent(intended, timeProvider.GetTimestamp());
            }
            else
            {
                pool.Return(connection, healthy: false);
            }

            recorder.Abandoned();
        }
        catch (IOException)
        {
            if (connection is null)
            {
                recorder.Sent(intended, timeProvider.GetTimestamp());
            }
            else
            {
                pool.Return(connection, healthy: false);
            }

            recorder.Failed();
        }
    }
}
