using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pipeline.Crawler.Crawling;
using Pipeline.Hosting;

using Pipeline.Corpus;

namespace Pipeline.Demo;

/// <summary>
/// The bundled demo outlet served by Kestrel on 127.0.0.1 with an ephemeral port. Its pages carry a
/// stable virtual host name, which the crawler resolves to this server, so article addresses stay the
/// same from run to run even though the port changes.
/// </summary>
public sealed class DemoSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private DemoSite(WebApplication app, IPEndPoint endPoint, int articleCount, IReadOnlyList<CrawlSource> sources)
    {
        this.app = app;
        EndPoint = endPoint;
        ArticleCount = articleCount;
        Sources = sources;
    }

    /// <summary>Where the server listens.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Articles the outlets publish (syndicated copies not counted).</summary>
    public int ArticleCount { get; }

    /// <summary>One crawl source per outlet: its RSS feeds and sitemap index, private network allowed.</summary>
    public IReadOnlyList<CrawlSource> Sources { get; }

    /// <summary>The outlets' virtual host names, all resolved to the local server.</summary>
    public IReadOnlyDictionary<string, IPEndPoint> HostOverrides =>
        DemoOutlet.All.ToDictionary(o => o.Host, _ => EndPoint, StringComparer.OrdinalIgnoreCase);

    /// <summary>Loads the articles in <paramref name="contentDirectory"/> and starts serving them.</summary>
    /// <param name="contentDirectory">The demo-site directory (holding articles/).</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>The running site; dispose it to stop.</returns>
    public static async Task<DemoSite> StartAsync(string contentDirectory, CancellationToken cancellationToken = default)
    {
        var articles = DemoArticleReader.ReadDirectory(Path.Combine(contentDirectory, "articles"));
        var builder = new DemoSiteBuilder(articles);
        var responses = builder.Build();

        DemoSite? site = null;
        var (app, endPoint) = await LoopbackServer.StartAsync(context => site!.ObserveAsync(context, responses), cancellationToken);
        site = new DemoSite(app, endPoint, articles.Count, builder.Sources());
        return site;
    }

    /// <summary>
    /// Raised as each response is written, with the crawler's product token and when the request began and ended, so
    /// a test with several crawler processes can check from the site's side that no host was ever asked two things
    /// at once.
    /// </summary>
    public event Action<DemoRequest>? Served;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ObserveAsync(HttpContext context, IReadOnlyDictionary<(string Host, string Path), DemoResponse> responses)
    {
        var started = DateTimeOffset.UtcNow;
        await ServeAsync(context, responses);
        Served?.Invoke(new DemoRequest(
            context.Request.Host.Host.ToLowerInvariant(),
            context.Request.Path.Value ?? "/",
            context.Request.Headers.UserAgent.ToString().Split('/')[0],
            started,
            DateTimeOffset.UtcNow));
    }

    private static Task ServeAsync(HttpContext context, IReadOnlyDictionary<(string Host, string Path), DemoResponse> responses)
    {
        var host = context.Request.Host.Host.ToLowerInvariant();
        var response = context.Response;
        if (!responses.TryGetValue((host, context.Request.Path.Value ?? "/"), out var page))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/html; charset=utf-8";
            return response.WriteAsync("<!DOCTYPE html><html lang=\"vi\"><head><title>Không tìm thấy trang</title></head><body><h1>404 - Không tìm thấy trang</h1><p>Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p></body></html>", context.RequestAborted);
        }

        response.StatusCode = page.Status;
        response.ContentType = page.ContentType;
        if (page.Location is not null)
        {
            response.Headers.Location = page.Location;
        }

        return response.Body.WriteAsync(page.Body, context.RequestAborted).AsTask();
    }
}
