using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Pipeline.Web;

/// <summary>
/// HEAD as RFC 9110 §9.3.2 asks: the GET answer's status and headers without its body. Minimal API routes match GET
/// only, so a HEAD is routed as the GET it stands for and what the handler writes is counted and dropped. When the
/// handler left the length unset, the count becomes Content-Length, as the server does for a GET it buffered whole.
/// </summary>
internal static class HeadRequests
{
    /// <summary>Adds the rewrite; it must run before routing picks an endpoint.</summary>
    /// <param name="app">The app, before <c>UseRouting</c>.</param>
    public static void UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        context.Request.Method = HttpMethods.Get;
        var response = context.Response;
        var original = response.Body;
        await using var discarded = new CountingSink();
        response.Body = discarded;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (!response.HasStarted && response.ContentLength is null && !response.Headers.ContainsKey(HeaderNames.TransferEncoding))
        {
            response.ContentLength = discarded.Length;
        }
    });

    /// <summary>A write-only stream that keeps only the number of bytes written to it.</summary>
    private sealed class CountingSink : Stream
    {
        private long written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => written;

        public override long Position
        {
            get => written;
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => written += count;

        public override void Write(ReadOnlySpan<byte> buffer) => written += buffer.Length;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            written += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            written += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
