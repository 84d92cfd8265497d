using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Crawler.Crawling;

namespace Pipeline.Demo;

/// <summary>
/// The bundled demo outlet served by Kestrel on 127.0.0.1 with an ephemeral port. Its pages carry a
/// stable virtual host name, which the crawler resolves to this server, so article addresses stay the
/// same from run to run even though the port changes.
/// </summary>
public sealed class DemoSite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly DemoOutlet outlet;

    private DemoSite(WebApplication app, DemoOutlet outlet, IPEndPoint endPoint, int articleCount, CrawlSource source)
    {
        this.app = app;
        this.outlet = outlet;
        EndPoint = endPoint;
        ArticleCount = articleCount;
        Source = source;
    }

    /// <summary>Where the server listens.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Articles the site publishes.</summary>
    public int ArticleCount { get; }

    /// <summary>The crawl source for this site: its RSS feed and sitemap, private network allowed.</summary>
    public CrawlSource Source { get; }

    /// <summary>Virtual host names and the local endpoint they resolve to.</summary>
    public IReadOnlyDictionary<string, IPEndPoint> HostOverrides => new Dictionary<string, IPEndPoint>(StringComparer.OrdinalIgnoreCase) { [outlet.Host] = EndPoint };

    /// <summary>Loads the articles in <paramref name="contentDirectory"/> and starts serving them.</summary>
    /// <param name="contentDirectory">The demo-site directory (holding articles/).</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>The running site; dispose it to stop.</returns>
    public static async Task<DemoSite> StartAsync(string contentDirectory, CancellationToken cancellationToken = default)
    {
        var articles = DemoArticleReader.ReadDirectory(Path.Combine(contentDirectory, "articles"));
        var outlet = DemoOutlet.Default;
        var renderer = new DemoSiteRenderer(outlet, articles);
        var pages = BuildPages(renderer);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(context => ServeAsync(context, pages));
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var endPoint = new IPEndPoint(IPAddress.Loopback, new Uri(address).Port);
        var source = new CrawlSource(
            "demo",
            Feeds: [new Uri(renderer.Url(DemoSiteRenderer.RssPath))],
            Sitemaps: [new Uri(renderer.Url(DemoSiteRenderer.SitemapPath))],
            ArticlePattern: @"\.htm$",
            Delay: TimeSpan.FromMilliseconds(50),
            AllowPrivateNetwork: true);
        return new DemoSite(app, outlet, endPoint, articles.Count, source);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static Dictionary<string, (string ContentType, string Body)> BuildPages(DemoSiteRenderer renderer)
    {
        var pages = new Dictionary<string, (string ContentType, string Body)>(StringComparer.Ordinal)
        {
            ["/"] = ("text/html; charset=utf-8", renderer.RenderListing(null)),
            [DemoSiteRenderer.RssPath] = ("application/rss+xml; charset=utf-8", renderer.RenderRss()),
            [DemoSiteRenderer.SitemapPath] = ("application/xml; charset=utf-8", renderer.RenderSitemap()),
            ["/robots.txt"] = ("text/plain; charset=utf-8", renderer.RenderRobots()),
        };
        foreach (var section in renderer.Newest.Select(a => a.Section).Distinct(StringComparer.Ordinal))
        {
            pages[$"/{section}/"] = ("text/html; charset=utf-8", renderer.RenderListing(section));
        }

        foreach (var article in renderer.Newest)
        {
            pages[article.Path] = ("text/html; charset=utf-8", renderer.RenderArticle(article));
        }

        return pages;
    }

    private static Task ServeAsync(HttpContext context, Dictionary<string, (string ContentType, string Body)> pages)
    {
        if (!pages.TryGetValue(context.Request.Path.Value ?? "/", out var page))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<!DOCTYPE html><html lang=\"vi\"><head><title>Không tìm thấy trang</title></head><body><h1>404 - Không tìm thấy trang</h1></body></html>", context.RequestAborted);
        }

        context.Response.ContentType = page.ContentType;
        return context.Response.WriteAsync(page.Body, context.RequestAborted);
    }
}
