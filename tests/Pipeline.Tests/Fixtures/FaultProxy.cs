using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pipeline.Tests.Fixtures;

/// <summary>
/// A TCP proxy on 127.0.0.1 (real sockets, ephemeral port) in front of a loopback server. Requests pass unchanged;
/// responses are degraded the way a bad network degrades them (<see cref="FaultMode"/>), so a crawl through it
/// meets slow, sliced and broken connections without any change to the server or the crawler.
/// </summary>
internal sealed class FaultProxy : IAsyncDisposable
{
    /// <summary>Bytes a reset connection passes on before the reset: past the headers, inside the first article's body.</summary>
    public const int ResetAfterBytes = 3_000;

    /// <summary>The bandwidth cap, per connection.</summary>
    public const int BytesPerSecond = 256 * 1024;

    /// <summary>The delay added before every chunk in <see cref="FaultMode.Latency"/>.</summary>
    public static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(40);

    private const int CapSlice = 4 * 1024;

    private readonly TcpListener listener;
    private readonly IPEndPoint upstream;
    private readonly FaultMode mode;
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentBag<Task> relays = [];
    private readonly Task accepting;
    private int accepted;
    private int resets;

    private FaultProxy(IPEndPoint upstream, FaultMode mode)
    {
        this.upstream = upstream;
        this.mode = mode;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        EndPoint = (IPEndPoint)listener.LocalEndpoint;
        accepting = AcceptAsync();
    }

    /// <summary>Where clients connect.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref accepted);

    /// <summary>Connections reset so far.</summary>
    public int Resets => Volatile.Read(ref resets);

    public static FaultProxy Start(IPEndPoint upstream, FaultMode mode) => new(upstream, mode);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        await Task.WhenAll(relays);
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var number = Interlocked.Increment(ref accepted);
            relays.Add(Task.Run(() => RelayAsync(client, number)));
        }
    }

    private async Task RelayAsync(Socket client, int number)
    {
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        try
        {
            await server.ConnectAsync(upstream, stop.Token);
            await using var toServer = new NetworkStream(server, ownsSocket: false);
            await using var toClient = new NetworkStream(client, ownsSocket: false);
            var requests = CopyAsync(toClient, toServer, server);
            var responses = DegradeAsync(toServer, toClient, client, number);
            await Task.WhenAll(requests, responses);
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer went away, the connection was reset on purpose, or the proxy is stopping: this connection is over.
        }
        finally
        {
            client.Dispose();
        }
    }

    private async Task CopyAsync(NetworkStream from, NetworkStream to, Socket toSocket)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, stop.Token)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), stop.Token);
        }

        toSocket.Shutdown(SocketShutdown.Send);
    }

    private async Task DegradeAsync(NetworkStream from, NetworkStream to, Socket toSocket, int number)
    {
        var buffer = new byte[16 * 1024];
        var sent = 0L;
        var clock = Stopwatch.StartNew();
        var resetting = mode == FaultMode.ResetMidBody && number % 2 == 1;
        int read;
        while ((read = await from.ReadAsync(buffer, stop.Token)) > 0)
        {
            var chunk = buffer.AsMemory(0, read);
            switch (mode)
            {
                case FaultMode.Latency:
                    await Task.Delay(Latency, stop.Token);
                    await to.WriteAsync(chunk, stop.Token);
                    break;
                case FaultMode.ResetMidBody when resetting && sent + read >= ResetAfterBytes:
                    await to.WriteAsync(chunk[..(int)(ResetAfterBytes - sent)], stop.Token);
                    Reset(toSocket);
                    return;
                case FaultMode.OneByteSlices:
                    for (var i = 0; i < read; i++)
                    {
                        await to.WriteAsync(chunk.Slice(i, 1), stop.Token);
                        await to.FlushAsync(stop.Token);
                    }

                    break;
                case FaultMode.BandwidthCap:
                    for (var offset = 0; offset < read; offset += CapSlice)
                    {
                        var slice = chunk[offset..Math.Min(read, offset + CapSlice)];
                        await to.WriteAsync(slice, stop.Token);
                        sent += slice.Length;
                        var due = TimeSpan.FromSeconds((double)sent / BytesPerSecond) - clock.Elapsed;
                        if (due > TimeSpan.Zero)
                        {
                            await Task.Delay(due, stop.Token);
                        }
                    }

                    continue;
                default:
                    await to.WriteAsync(chunk, stop.Token);
                    break;
            }

            sent += read;
        }

        toSocket.Shutdown(SocketShutdown.Send);
    }

    // A zero linger time makes Close send RST instead of FIN: the client sees "connection reset by peer".
    private void Reset(Socket socket)
    {
        Interlocked.Increment(ref resets);
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }
}
