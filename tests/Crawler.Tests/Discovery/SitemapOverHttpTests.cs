using Microsoft.AspNetCore.Http;
using Pipeline.Crawler.Discovery;
using Pipeline.Crawler.Fetching;
using Pipeline.Crawler.Tests.Fetching;
using Pipeline.Crawler.Tests.Fixtures;

namespace Pipeline.Crawler.Tests.Discovery;

/// <summary>Sitemaps served by a real loopback server, read through the real fetcher as the crawler reads them.</summary>
public sealed class SitemapOverHttpTests : IAsyncLifetime
{
    private static readonly byte[] LargeSitemap = GeneratedSitemaps.Urlset(SitemapParser.MaxEntries);

    private static readonly FetcherOptions Options = new() { RequestTimeout = TimeSpan.FromSeconds(60), TotalTimeout = TimeSpan.FromSeconds(120), MaxRetries = 0 };

    private LoopbackSite site = null!;

    public async Task InitializeAsync() => site = await LoopbackSite.StartAsync(ServeAsync);

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/sitemap.xml.gz")]
    [InlineData("/sitemap-encoded.xml")]
    public async Task FetchStreamAsync_50000UrlSitemapOf8MB_EveryEntryRead(string path)
    {
        var (result, document) = await ReadAsync(path, SitemapParser.MaxBytes);

        Assert.Null(result.Error);
        Assert.False(result.Truncated);
        Assert.Equal(LargeSitemap.Length, result.Bytes);
        Assert.Null(document!.Error);
        Assert.Equal(SitemapParser.MaxEntries, document.Links.Count);
    }

    [Fact]
    public async Task FetchStreamAsync_SitemapOverTheLimit_CutAndFlagged()
    {
        var (result, document) = await ReadAsync("/sitemap.xml", 1024 * 1024);

        Assert.True(result.Truncated);
        Assert.Equal(1024 * 1024, result.Bytes);
        Assert.InRange(document!.Links.Count, 1_000, SitemapParser.MaxEntries - 1);
        Assert.Contains("breaks off", document.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchStreamAsync_GzipBombSitemap_InflatedOnlyToTheLimit()
    {
        long read = 0;
        var result = await TestFetchers.Create(Options).FetchStreamAsync(
            site.Url("/bomb.xml.gz"),
            allowPrivateNetwork: true,
            maxBytes: 1024 * 1024,
            async (stream, token) =>
            {
                var buffer = new byte[81920];
                int n;
                while ((n = await stream.ReadAsync(buffer, token)) > 0)
                {
                    read += n;
                }
            });

        Assert.Null(result.Error);
        Assert.True(result.Truncated);
        Assert.Equal(1024 * 1024, read);
    }

    private async Task<(FetchResult Result, SitemapDocument? Document)> ReadAsync(string path, long maxBytes)
    {
        SitemapDocument? document = null;
        var result = await TestFetchers.Create(Options).FetchStreamAsync(
            site.Url(path),
            allowPrivateNetwork: true,
            maxBytes,
            async (stream, token) => document = await SitemapParser.ReadAsync(stream, site.Url(path), token));
        return (result, document);
    }

    private static async Task ServeAsync(HttpContext context)
    {
        var response = context.Response;
        switch (context.Request.Path.Value)
        {
            case "/sitemap.xml":
                response.ContentType = "application/xml";
                await response.Body.WriteAsync(LargeSitemap, context.RequestAborted);
                break;
            case "/sitemap.xml.gz":
                // How outlets serve compressed sitemaps: a gzip file, no Content-Encoding.
                response.ContentType = "application/x-gzip";
                await response.Body.WriteAsync(BodyLimitTests.Gzip([LargeSitemap]), context.RequestAborted);
                break;
            case "/sitemap-encoded.xml":
                response.ContentType = "application/xml";
                response.Headers.ContentEncoding = "gzip";
                await response.Body.WriteAsync(BodyLimitTests.Gzip([LargeSitemap]), context.RequestAborted);
                break;
            case "/bomb.xml.gz":
                response.ContentType = "application/gzip";
                await response.Body.WriteAsync(BodyLimitTests.Gzip(Enumerable.Repeat(new byte[1024 * 1024], 64)), context.RequestAborted);
                break;
            default:
                response.StatusCode = 404;
                break;
        }
    }
}
