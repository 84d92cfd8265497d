using System.Collections.Concurrent;

namespace Pipeline.Bench;

/// <summary>
/// Keep-alive connections for the open loop. HTTP/1.1 carries one request at a time per connection, so a request
/// due while every connection waits for an answer takes a new one: the client never holds a request back because
/// the server is slow, up to <c>maxConnections</c> requests outstanding.
/// </summary>
/// <param name="baseUri">The server.</param>
/// <param name="maxConnections">Most connections open at once; beyond it a due request waits for one (and its send lag shows it).</param>
internal sealed class ConnectionPool(Uri baseUri, int maxConnections) : IDisposable
{
    private readonly SemaphoreSlim permits = new(maxConnections, maxConnections);
    private readonly ConcurrentBag<LoopbackHttpConnection> idle = [];
    private readonly ConcurrentBag<LoopbackHttpConnection> all = [];
    private int opened;

    /// <summary>Connections opened so far.</summary>
    public int Opened => Volatile.Read(ref opened);

    /// <summary>An idle connection, or a new one when none is idle.</summary>
    public async Task<LoopbackHttpConnection> TakeAsync(CancellationToken cancellationToken = default)
    {
        await permits.WaitAsync(cancellationToken);
        if (idle.TryTake(out var connection))
        {
            return connection;
        }

        try
        {
            connection = await LoopbackHttpConnection.ConnectAsync(baseUri, cancellationToken);
        }
        catch
        {
            permits.Release();
            throw;
        }

        Interlocked.Increment(ref opened);
        all.Add(connection);
        return connection;
    }

    /// <summary>Gives back a connection after its answer: reused when <paramref name="healthy"/>, closed otherwise.</summary>
    public void Return(LoopbackHttpConnection connection, bool healthy)
    {
        if (healthy)
        {
            idle.Add(connection);
        }
        else
        {
            connection.Dispose();
        }

        permits.Release();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var connection in all)
        {
            connection.Dispose();
        }

        permits.Dispose();
    }
}
