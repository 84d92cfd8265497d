namespace Pipeline.Bench;

/// <summary>
/// The closed loop of <c>bench api</c>'s warm-up and maximum-throughput phase: each client sends its next request as
/// soon as its last answer arrived. It keeps the server as busy as the clients can make it, which is what a throughput
/// ceiling needs; its latencies are not what a user would see, since a slow answer also holds back the next request
/// (by Little's law they come out near clients / throughput).
/// </summary>
internal static class ClosedLoopLoad
{
    /// <summary>Runs <paramref name="clients"/> clients for <paramref name="duration"/>.</summary>
    /// <param name="baseUri">The server.</param>
    /// <param name="paths">Escaped paths with their query strings, drawn at random.</param>
    /// <param name="clients">Clients, each on its own keep-alive connection.</param>
    /// <param name="duration">How long new requests are started.</param>
    /// <param name="seed">Seed of the order the paths are drawn in.</param>
    /// <param name="timeProvider">The clock latencies are read from.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>What the run saw.</returns>
    public static async Task<LoadSample> RunAsync(Uri baseUri, IReadOnlyList<string> paths, int clients, TimeSpan duration, int seed, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentOutOfRangeException.ThrowIfZero(paths.Count);
        var start = timeProvider.GetTimestamp();
        var recorder = new LoadRecorder(timeProvider, start, duration);
        var opened = 0;
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(
            async () =>
            {
                var random = new Random((seed * 1_000) + c);
                LoopbackHttpConnection? connection = null;
                try
                {
                    while (timeProvider.GetElapsedTime(start) < duration)
                    {
                        var sent = timeProvider.GetTimestamp();
                        recorder.Sent(sent, sent);
                        try
                        {
                            if (connection is null)
                            {
                                connection = await LoopbackHttpConnection.ConnectAsync(baseUri, cancellationToken);
                                Interlocked.Increment(ref opened);
                            }

                            var (status, body) = await connection.GetAsync(paths[random.Next(paths.Count)], cancellationToken);
                            recorder.Answered(sent, status, body.Span);
                        }
                        catch (IOException)
                        {
                            // A broken connection is an error of this request; the next one opens a new connection.
                            recorder.Failed();
                            connection?.Dispose();
                            connection = null;
                        }
                    }
                }
                finally
                {
                    connection?.Dispose();
                }
            },
            cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        return recorder.Sample(opened);
    }
}
