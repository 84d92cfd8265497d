using System.Buffers.Text;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Pipeline.Bench;

/// <summary>
/// One keep-alive HTTP/1.1 connection that sends GETs and reads whole answers: the load generator of
/// <c>bench api</c>. The clients run on the machine being measured, so what they spend is taken from the server;
/// HttpClient spent about 0.3 ms of processor time per search answer, a tenth of the server's own. This reads the
/// status line, the framing headers and the body (by length or in chunks) into one reused buffer, and nothing more.
/// </summary>
internal sealed class LoopbackHttpConnection : IDisposable
{
    private const int MaxHeadBytes = 16 * 1024;

    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();

    private readonly Socket socket;
    private readonly string host;
    private byte[] buffer = new byte[64 * 1024];
    private byte[] body = new byte[64 * 1024];
    private int start;
    private int end;

    private LoopbackHttpConnection(Socket socket, string host)
    {
        this.socket = socket;
        this.host = host;
    }

    /// <summary>Connects to the server of <paramref name="baseUri"/>.</summary>
    /// <param name="baseUri">An http address (no TLS).</param>
    /// <param name="cancellationToken">Stops connecting.</param>
    /// <returns>The open connection.</returns>
    /// <exception cref="IOException">Nothing listens there.</exception>
    public static async Task<LoopbackHttpConnection> ConnectAsync(Uri baseUri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(baseUri.Host, baseUri.Port, cancellationToken);
            return new LoopbackHttpConnection(socket, baseUri.Authority);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw new IOException($"Cannot connect to {baseUri.Authority}: {ex.Message}", ex);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Sends a GET and reads the answer.</summary>
    /// <param name="pathAndQuery">An escaped, ASCII path with its query string.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The status code and the body, valid until the next call.</returns>
    /// <exception cref="IOException">The server closed or reset the connection, or answered something this cannot read.</exception>
    public async Task<(int Status, ReadOnlyMemory<byte> Body)> GetAsync(string pathAndQuery, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ExchangeAsync(pathAndQuery, cancellationToken);
        }
        catch (SocketException ex)
        {
            throw new IOException($"The connection failed: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public void Dispose() => socket.Dispose();

    private async Task<(int Status, ReadOnlyMemory<byte> Body)> ExchangeAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        var request = Encoding.ASCII.GetBytes($"GET {pathAndQuery} HTTP/1.1\r\nHost: {host}\r\n\r\n");
        await socket.SendAsync(request, SocketFlags.None, cancellationToken);

        int headLength;
        while ((headLength = buffer.AsSpan(start, end - start).IndexOf(HeadEnd)) < 0)
        {
            if (end - start > MaxHeadBytes)
            {
                throw new IOException("The answer's headers are too long.");
            }

            await FillAsync(cancellationToken);
        }

        var (status, contentLength, chunked) = ParseHead(buffer.AsSpan(start, headLength));
        start += headLength + HeadEnd.Length;
        var length = 0;
        if (chunked)
        {
            while (true)
            {
                var size = await ReadChunkSizeAsync(cancellationToken);
                if (size == 0)
                {
                    // No trailers are sent here; the last chunk ends with an empty line.
                    await ReadLineAsync(cancellationToken);
                    break;
                }

                length = await ReadBodyAsync(length, size, cancellationToken);
                await ReadLineAsync(cancellationToken);
            }
        }
        else if (contentLength > 0)
        {
            length = await ReadBodyAsync(0, contentLength, cancellationToken);
        }

        return (status, body.AsMemory(0, length));
    }

    private static (int Status, int ContentLength, bool Chunked) ParseHead(ReadOnlySpan<byte> head)
    {
        var lineEnd = head.IndexOf("\r\n"u8);
        var statusLine = lineEnd < 0 ? head : head[..lineEnd];
        if (statusLine.Length < 12 || !statusLine.StartsWith("HTTP/1.1 "u8) || !Utf8Parser.TryParse(statusLine.Slice(9, 3), out int status, out _))
        {
            throw new IOException("The answer does not start with an HTTP/1.1 status line.");
        }

        int contentLength = 0;
        var chunked = false;
        var rest = lineEnd < 0 ? ReadOnlySpan<byte>.Empty : head[(lineEnd + 2)..];
        while (!rest.IsEmpty)
        {
            var next = rest.IndexOf("\r\n"u8);
            var line = next < 0 ? rest : rest[..next];
            rest = next < 0 ? ReadOnlySpan<byte>.Empty : rest[(next + 2)..];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim((byte)' ');
            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8) && !Utf8Parser.TryParse(value, out contentLength, out _))
            {
                throw new IOException("The answer's Content-Length is not a number.");
            }

            if (Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                chunked = Ascii.EqualsIgnoreCase(value, "chunked"u8);
            }
        }

        return (status, contentLength, chunked);
    }

    private async Task<int> ReadChunkSizeAsync(CancellationToken cancellationToken)
    {
        var line = await ReadLineAsync(cancellationToken);
        var text = Encoding.ASCII.GetString(line.Span);
        var extension = text.IndexOf(';', StringComparison.Ordinal);
        return int.TryParse(extension < 0 ? text : text[..extension], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) && size >= 0
            ? size
            : throw new IOException("A chunk of the answer has no readable size.");
    }

    private async Task<ReadOnlyMemory<byte>> ReadLineAsync(CancellationToken cancellationToken)
    {
        int lineEnd;
        while ((lineEnd = buffer.AsSpan(start, end - start).IndexOf("\r\n"u8)) < 0)
        {
            await FillAsync(cancellationToken);
        }

        var line = buffer.AsMemory(start, lineEnd);
        start += lineEnd + 2;
        return line;
    }

    private async Task<int> ReadBodyAsync(int offset, int count, CancellationToken cancellationToken)
    {
        if (body.Length < offset + count)
        {
            Array.Resize(ref body, Math.Max(body.Length * 2, offset + count));
        }

        var copied = 0;
        while (copied < count)
        {
            if (start == end)
            {
                await FillAsync(cancellationToken);
            }

            var take = Math.Min(count - copied, end - start);
            buffer.AsSpan(start, take).CopyTo(body.AsSpan(offset + copied));
            start += take;
            copied += take;
        }

        return offset + count;
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = await socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None, cancellationToken);
        if (read == 0)
        {
            throw new IOException("The server closed the connection.");
        }

        end += read;
    }
}
