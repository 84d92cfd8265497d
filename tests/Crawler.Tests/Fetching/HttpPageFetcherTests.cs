using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Crawler.Fetching;
using Pipeline.Crawler.Tests.Fixtures;

namespace Pipeline.Crawler.Tests.Fetching;

public sealed class HttpPageFetcherTests
{
    private static readonly FetcherOptions Options = new() { MaxBodyBytes = 64 * 1024, RequestTimeout = TimeSpan.FromSeconds(5), MaxRetries = 0 };

    [Fact]
    public async Task FetchAsync_Page_ReturnsDecodedText()
    {
        await using var site = await LoopbackSite.StartAsync(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<h1>Hợp tác y tế</h1>");
        });
        
        var result = await TestFetchers.Create(Options).FetchAsync(site.Url("/a.htm"), allowPrivateNetwork: true);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("<h1>Hợp tác y tế</h1>", result.Text);
        Assert.Equal(HttpStatusCode.OK, result.Status);
    }

    [Fact]
    public async Task FetchAsync_ServerError_ReturnsFailureWithStatus()
    {
        await using var site = await LoopbackSite.StartAsync(context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        
        var result = await TestFetchers.Create(Options).FetchAsync(site.Url("/a.htm"), allowPrivateNetwork: true);

        Assert.False(result.IsSuccess);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, result.Status);
        Assert.Equal("HTTP 503", result.Error);
    }

    [Fact]
    public async Task FetchAsync_BodyOverLimit_IsCutAndFlagged()
    {
        await using var site = await LoopbackSite.StartAsync(async context =>
        {
            context.Response.ContentType = "text/html";
            var chunk = Encoding.ASCII.GetBytes(new string('a', 16 * 1024));
            for (var i = 0; i < 16; i++)
            {
                await context.Response.Body.WriteAsync(chunk);
            }
        });
        
        var result = await TestFetchers.Create(Options).FetchAsync(site.Url("/big.htm"), allowPrivateNetwork: true);

        Assert.True(result.Truncated);
        Assert.Equal(Options.MaxBodyBytes, result.Bytes);
    }

    [Fact]
    public async Task FetchAsync_LoopbackWithoutPermission_RefusedBeforeConnecting()
    {
        var requests = 0;
        await using var site = await LoopbackSite.StartAsync(context =>
        {
            Interlocked.Increment(ref requests);
            return Task.CompletedTask;
        });
        
        var result = await TestFetchers.Create(Options).FetchAsync(site.Url("/a.htm"), allowPrivateNetwork: false);

        Assert.False(result.IsSuccess);
        Assert.Contains("private or special addresses", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, requests);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://100.100.100.200/latest/meta-data/")]
    public async Task FetchAsync_RedirectToMetadataWithPrivateAllowed_RefusedBeforeConnecting(string target)
    {
        await using var site = await LoopbackSite.StartAsync(context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = target;
            return Task.CompletedTask;
        });

        var result = await TestFetchers.Create(Options).FetchAsync(site.Url("/a.htm"), allowPrivateNetwork: true);

        Assert.False(result.IsSuccess);
        Assert.False(result.Transient);
        Assert.Contains("link-local or cloud-metadata", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_NonTextContent_Refused()
    {
        await using var site = await LoopbackSite.StartAsync(context =>
        {
            context.Response.ContentType = "application/pdf";
            return context.Response.WriteAsync("%PDF-1.7");
        });
        
        var result = await TestFetchers.Create(Options).FetchAsync(site.Url("/file.pdf"), allowPrivateNetwork: true);

        Assert.False(result.IsSuccess);
        Assert.Contains("application/pdf", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_Utf8PageWithStrayByte_KeepsUtf8AndLogsTheDecision()
    {
        var body = Encoding.UTF8.GetBytes("<h1>Hợp tác y tế</h1>").Append((byte)0xFF).ToArray();
        await using var site = await LoopbackSite.StartAsync(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.Body.WriteAsync(body).AsTask();
        });
        var logger = new RecordingLogger<HttpPageFetcher>();

        var result = await FetcherWith(logger).FetchAsync(site.Url("/a.htm"), allowPrivateNetwork: true);

        Assert.Equal("<h1>Hợp tác y tế</h1>\uFFFD", result.Text);
        Assert.Equal(new CharsetDecision("utf-8", "utf-8", CharsetReason.Declared, 1), result.CharsetDecision);
        Assert.Equal("utf-8", result.Charset);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal(CharsetReason.Declared, entry.Properties["Reason"]);
        Assert.Equal(1, entry.Properties["Replaced"]);
        Assert.Equal("utf-8", entry.Properties["Declared"]);
    }

    [Fact]
    public async Task FetchAsync_BodyCutMidCharacter_NoReplacementAtTheEnd()
    {
        // The limit falls after the first byte of "ệ".
        var body = Encoding.UTF8.GetBytes(new string('a', (int)Options.MaxBodyBytes - 1) + "ệ Bệnh viện");
        await using var site = await LoopbackSite.StartAsync(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.Body.WriteAsync(body).AsTask();
        });
        var logger = new RecordingLogger<HttpPageFetcher>();

        var result = await FetcherWith(logger).FetchAsync(site.Url("/big.htm"), allowPrivateNetwork: true);

        Assert.True(result.Truncated);
        Assert.Equal(new string('a', (int)Options.MaxBodyBytes - 1), result.Text);
        Assert.Equal(new CharsetDecision("utf-8", "utf-8", CharsetReason.Declared, 0), result.CharsetDecision);
        Assert.Equal(LogLevel.Debug, Assert.Single(logger.Entries).Level);
    }

    [Fact]
    public async Task FetchAsync_DeclaredUtf8ButWindows1258_DetectedAndLogged()
    {
        var body = GeneratedPages.Windows1258("<p>Bệnh viện Nhi Trung ương tiếp nhận máy thở do đối tác Úc trao tặng</p>");
        await using var site = await LoopbackSite.StartAsync(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.Body.WriteAsync(body).AsTask();
        });
        var logger = new RecordingLogger<HttpPageFetcher>();

        var result = await FetcherWith(logger).FetchAsync(site.Url("/a.htm"), allowPrivateNetwork: true);

        Assert.Equal("<p>Bệnh viện Nhi Trung ương tiếp nhận máy thở do đối tác Úc trao tặng</p>", result.Text);
        Assert.Equal(new CharsetDecision("utf-8", "windows-1258", CharsetReason.DeclaredUtf8MostlyInvalid, 0), result.CharsetDecision);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal("windows-1258", entry.Properties["Used"]);
    }

    private static HttpPageFetcher FetcherWith(RecordingLogger<HttpPageFetcher> logger)
    {
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddCrawlerHttp(Options).BuildServiceProvider();
        return new HttpPageFetcher(services.GetRequiredService<IHttpClientFactory>(), Options, TimeProvider.System, logger);
    }
}
