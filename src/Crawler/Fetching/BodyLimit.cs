using System.Buffers;
using System.IO.Compression;

namespace Pipeline.Crawler.Fetching;

/// <summary>
/// Reads bodies and files up to a size limit counted after decompression, so that a small compressed
/// input (a gzip bomb) is never inflated beyond the limit.
/// </summary>
public static class BodyLimit
{
    /// <summary>Whether the bytes start with the gzip signature (1F 8B).</summary>
    /// <param name="start">The first bytes of a body or file.</param>
    /// <returns>True for gzip.</returns>
    public static bool IsGzip(ReadOnlySpan<byte> start) => start.Length >= 2 && start[0] == 0x1F && start[1] == 0x8B;

    /// <summary>
    /// Opens <paramref name="stream"/> for reading at most <paramref name="limit"/> bytes, inflating it first
    /// when it starts with the gzip signature. The result owns <paramref name="stream"/>.
    /// </summary>
    /// <param name="stream">A body or file.</param>
    /// <param name="limit">Bytes read at most, after decompression.</param>
    /// <param name="cancellationToken">Stops the read of the signature.</param>
    /// <returns>The limited stream; its <see cref="LimitedReadStream.Truncated"/> says whether the limit cut it.</returns>
    public static async Task<LimitedReadStream> OpenAsync(Stream stream, long limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var signature = new byte[2];
        var peeked = 0;
        while (peeked < signature.Length)
        {
            var read = await stream.ReadAsync(signature.AsMemory(peeked), cancellationToken);
            if (read == 0)
            {
                break;
            }

            peeked += read;
        }

        Stream replayed = new PrefixedStream(signature.AsMemory(0, peeked), stream);
        return new LimitedReadStream(IsGzip(signature.AsSpan(0, peeked)) ? new GZipStream(replayed, CompressionMode.Decompress) : replayed, limit);
    }

    /// <summary>Reads a stream to its end or to <paramref name="limit"/> bytes, whichever comes first.</summary>
    /// <param name="stream">The stream; it is not inflated here (see <see cref="OpenAsync"/>).</param>
    /// <param name="limit">Bytes kept at most.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The bytes, and whether more followed.</returns>
    public static async Task<(byte[] Body, bool Truncated)> ReadAsync(Stream stream, long limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // Not disposed: it would close the caller's stream, and it holds nothing of its own.
#pragma warning disable CA2000
        var limited = new LimitedReadStream(stream, limit);
#pragma warning restore CA2000
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await limited.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), limited.Truncated);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Reads a file or standard input up to <paramref name="limit"/> bytes after decompression, inflating gzip.</summary>
    /// <param name="stream">The file's stream.</param>
    /// <param name="limit">Bytes kept at most.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The bytes, and whether more followed.</returns>
    public static async Task<(byte[] Body, bool Truncated)> ReadInflatedAsync(Stream stream, long limit, CancellationToken cancellationToken = default)
    {
        await using var limited = await OpenAsync(stream, limit, cancellationToken);
        var (body, _) = await ReadAsync(limited, limit, cancellationToken);
        return (body, limited.Truncated);
    }
}
