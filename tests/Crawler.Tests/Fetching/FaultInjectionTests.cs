using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Http;
using Pipeline.Crawler.Fetching;
using Pipeline.Crawler.Tests.Fixtures;

namespace Pipeline.Crawler.Tests.Fetching;

/// <summary>The real fetcher against a loopback server that misbehaves in every way the network and servers do.</summary>
public sealed class FaultInjectionTests : IAsyncLifetime
{
    private const string Page = "<html><body><p>Bài viết về hợp tác y tế.</p></body></html>";

    private static readonly byte[] GzipBomb = CreateGzipBomb(50 * 1024 * 1024);

    private static readonly FetcherOptions Options = Make();

    private readonly Dictionary<string, int> hits = new(StringComparer.Ordinal);
    private LoopbackSite site = null!;

    public async Task InitializeAsync() => site = await LoopbackSite.StartAsync(ServeAsync);

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task Fetch_SlowHeaders_TimesOutAsTransientFailure()
    {
        var result = await Fetch("/slow", Make(o => { o.MaxRetries = 0; o.RequestTimeout = TimeSpan.FromSeconds(1); }));

        Assert.False(result.IsSuccess);
        Assert.True(result.Transient);
        Assert.Contains("timed out", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_StalledBody_TimesOut()
    {
        var result = await Fetch("/stall-body", Make(o => { o.MaxRetries = 0; o.RequestTimeout = TimeSpan.FromSeconds(1); }));

        Assert.False(result.IsSuccess);
        Assert.Contains("timed out", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/unavailable-once")]
    [InlineData("/too-many-once")]
    public async Task Fetch_RetryAfterOnce_RetriesAndSucceeds(string path)
    {
        var result = await Fetch(path, Options);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(2, result.Attempts);
    }

    [Fact]
    public async Task Fetch_RetryAfterTooLong_GivesUpWithoutWaiting()
    {
        var result = await Fetch("/unavailable-for-an-hour", Options);

        Assert.False(result.IsSuccess);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, result.Status);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(TimeSpan.FromHours(1), result.RetryAfter);
    }

    [Fact]
    public async Task Fetch_AlwaysServerError_FailsAfterAllRetries()
    {
        var result = await Fetch("/always-500", Options);

        Assert.False(result.IsSuccess);
        Assert.Equal(3, result.Attempts);
        Assert.Equal("HTTP 500", result.Error);
    }

    [Fact]
    public async Task Fetch_ConnectionResetOnce_RetriesAndSucceeds()
    {
        var result = await Fetch("/reset-once", Options);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(2, Hits("/reset-once"));
    }

    [Fact]
    public async Task Fetch_TruncatedBody_FailsCleanly()
    {
        var result = await Fetch("/truncated", Make(o => { o.MaxRetries = 1; }));

        Assert.False(result.IsSuccess);
        Assert.True(result.Transient);
    }

    [Fact]
    public async Task Fetch_EndlessBody_CutAtLimit()
    {
        var result = await Fetch("/endless", Options);

        Assert.True(result.IsSuccess, result.Error);
        Assert.True(result.Truncated);
        Assert.Equal(Options.MaxBodyBytes, result.Bytes);
    }

    [Fact]
    public async Task Fetch_GzipBomb_CutAfterDecompressionNotInflated()
    {
        var result = await Fetch("/gzip-bomb", Options);

        // Exactly the limit, decompressed: the rest of the 50 MB was never inflated.
        Assert.True(result.Truncated);
        Assert.Equal(Options.MaxBodyBytes, result.Bytes);
    }

    [Fact]
    public async Task Fetch_RedirectLoop_FailsWithoutHanging()
    {
        var result = await Fetch("/loop", Options);

        Assert.False(result.IsSuccess);
        Assert.True(hits.GetValueOrDefault("/loop") <= Options.MaxRedirects + 1);
    }

    [Fact]
    public async Task Fetch_HostKeepsFailing_CircuitOpens()
    {
        var fetcher = TestFetchers.Create(Make(o => { o.MaxRetries = 0; o.BreakerMinimumThroughput = 3; o.BreakerFailureRatio = 0.5; }));
        for (var i = 0; i < 3; i++)
        {
            await fetcher.FetchAsync(site.Url("/always-500"), allowPrivateNetwork: true);
        }

        var requestsBefore = hits.GetValueOrDefault("/always-500");
        var result = await fetcher.FetchAsync(site.Url("/always-500"), allowPrivateNetwork: true);

        Assert.Contains("circuit open", result.Error, StringComparison.Ordinal);
        Assert.Equal(requestsBefore, hits.GetValueOrDefault("/always-500"));
    }

    [Fact]
    public async Task Fetch_WrongCharsetDeclared_StillReadable()
    {
        var result = await Fetch("/wrong-charset", Options);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Contains("Hà Nội", result.Text, StringComparison.Ordinal);
    }

    private int Hits(string path)
    {
        lock (hits)
        {
            return hits.GetValueOrDefault(path);
        }
    }

    private Task<FetchResult> Fetch(string path, FetcherOptions options) =>
        TestFetchers.Create(options).FetchAsync(site.Url(path), allowPrivateNetwork: true);

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        int count;
        lock (hits)
        {
            count = hits[path] = hits.GetValueOrDefault(path) + 1;
        }

        var response = context.Response;
        switch (path)
        {
            case "/slow":
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
                break;
            case "/stall-body":
                response.ContentType = "text/html";
                await response.WriteAsync("<html><body><p>Bắt đầu", context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
                break;
            case "/unavailable-once" or "/too-many-once" when count == 1:
                response.StatusCode = path == "/too-many-once" ? 429 : 503;
                response.Headers.RetryAfter = "0";
                break;
            case "/unavailable-for-an-hour":
                response.StatusCode = 503;
                response.Headers.RetryAfter = "3600";
                break;
            case "/always-500":
                response.StatusCode = 500;
                break;
            case "/reset-once" when count == 1:
                context.Abort();
                break;
            case "/truncated":
                response.ContentType = "text/html";
                response.ContentLength = 10_000;
                await response.WriteAsync("<html><body><p>Chỉ một phần", context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
                context.Abort();
                break;
            case "/endless":
                response.ContentType = "text/html";
                var chunk = new byte[8192];
                Array.Fill(chunk, (byte)'a');
                try
                {
                    while (!context.RequestAborted.IsCancellationRequested)
                    {
                        await response.Body.WriteAsync(chunk, context.RequestAborted);
                    }
                }
                catch (OperationCanceledException)
                {
                    // The client stopped reading: that is the point.
                }

                break;
            case "/gzip-bomb":
                response.ContentType = "text/html";
                response.Headers.ContentEncoding = "gzip";
                await response.Body.WriteAsync(GzipBomb, context.RequestAborted);
                break;
            case "/loop":
                response.StatusCode = 302;
                response.Headers.Location = "/loop";
                break;
            case "/wrong-charset":
                response.ContentType = "text/html; charset=utf-8";
                System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
                await response.Body.WriteAsync(System.Text.Encoding.GetEncoding(1258).GetBytes("<p>Ha\u0300 N\u00F4\u0323i</p>"), context.RequestAborted);
                break;
            default:
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync(Page, context.RequestAborted);
                break;
        }
    }

    private static FetcherOptions Make(Action<FetcherOptions>? change = null)
    {
        var options = new FetcherOptions
        {
            MaxBodyBytes = 64 * 1024,
            // Generous, so that a loaded CI machine never turns a slow loopback answer into an extra attempt
            // (a one-second timeout did, twice); the two timeout tests set their own short one.
            RequestTimeout = TimeSpan.FromSeconds(10),
            TotalTimeout = TimeSpan.FromSeconds(40),
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        };
        change?.Invoke(options);
        return options;
    }

    private static byte[] CreateGzipBomb(int size)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < size; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }

        return output.ToArray();
    }
}
