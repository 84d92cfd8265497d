using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Configuration;
using Pipeline.Corpus;
using Pipeline.Demo;
using Pipeline.Running;

namespace Pipeline.Tests.Fixtures;

/// <summary>
/// The bundled demo site cut down to its first few articles per outlet (all four outlets, their feeds, sitemaps,
/// robots.txt and planted traps), served by Kestrel on 127.0.0.1, so a whole crawl of it takes a second or two.
/// </summary>
internal sealed class SmallDemoSite : IAsyncDisposable
{
    private readonly TempDirectory content;

    private SmallDemoSite(TempDirectory content, DemoSite site)
    {
        this.content = content;
        Site = site;
    }

    public DemoSite Site { get; }

    public static async Task<SmallDemoSite> StartAsync(int perOutlet)
    {
        var content = new TempDirectory();
        var articles = Directory.CreateDirectory(content.Combine("articles"));
        var source = Path.Combine(AppContext.BaseDirectory, "data", "demo-site", "articles");
        foreach (var outlet in Directory.EnumerateFiles(source, "*.md").Order(StringComparer.Ordinal)
            .GroupBy(f => DemoArticleReader.ReadFile(f).Outlet, StringComparer.Ordinal))
        {
            foreach (var file in outlet.Take(perOutlet))
            {
                File.Copy(file, Path.Combine(articles.FullName, Path.GetFileName(file)));
            }
        }

        return new SmallDemoSite(content, await DemoSite.StartAsync(content.Path));
    }

    /// <summary>Crawls the site into <paramref name="dataDir"/> (and <paramref name="store"/>, SQLite there by default) through <paramref name="target"/> (the site itself or a proxy before it), without politeness delays.</summary>
    public async Task<RunSummary> CrawlAsync(string dataDir, IPEndPoint target, Storage.StoreOptions? store = null)
    {
        var settings = new PipelineSettings { DataDir = dataDir, Store = store ?? new() };
        settings.Crawl.MaxCrawlDelay = TimeSpan.Zero;
        settings.Fetcher.RequestTimeout = TimeSpan.FromSeconds(10);
        settings.Fetcher.MaxRetries = 2;
        settings.Fetcher.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
        var sources = Site.Sources.Select(s => s with { Delay = TimeSpan.Zero }).ToList();
        var overrides = Site.HostOverrides.ToDictionary(kv => kv.Key, _ => target, StringComparer.OrdinalIgnoreCase);
        return await new PipelineRunner(settings, NullLoggerFactory.Instance, TimeProvider.System, ShippedServices.Topics).RunAsync("crawl", sources, overrides, progress: null);
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        content.Dispose();
    }
}
