namespace Pipeline.Crawler.Fetching;

/// <summary>
/// A read-only view of a stream that ends after a number of bytes, and tells whether more would have
/// followed. Over a decompressing stream it stops the inflation at the limit: a bomb is never inflated further.
/// </summary>
public sealed class LimitedReadStream : Stream
{
    private readonly Stream inner;
    private readonly long limit;
    private bool probed;

    /// <summary>Wraps <paramref name="inner"/>, which this stream then owns.</summary>
    /// <param name="inner">The stream to read from.</param>
    /// <param name="limit">Bytes read at most, at least 0.</param>
    public LimitedReadStream(Stream inner, long limit)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        this.inner = inner;
        this.limit = limit;
    }

    /// <summary>Bytes handed out so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>True once the limit was reached and the inner stream had more.</summary>
    public bool Truncated { get; private set; }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        if (BytesRead >= limit)
        {
            if (!probed)
            {
                // One more byte tells a body of exactly the limit from a longer one, without inflating the rest.
                probed = true;
                Span<byte> probe = stackalloc byte[1];
                Truncated = inner.Read(probe) > 0;
            }

            return 0;
        }

        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, limit - BytesRead)]);
        BytesRead += read;
        return read;
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (BytesRead >= limit)
        {
            if (!probed)
            {
                probed = true;
                Truncated = await inner.ReadAsync(new byte[1], cancellationToken) > 0;
            }

            return 0;
        }

        var read = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, limit - BytesRead)], cancellationToken);
        BytesRead += read;
        return read;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await base.DisposeAsync();
    }
}
