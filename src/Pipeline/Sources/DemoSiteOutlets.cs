using System.Net;
using Pipeline.Crawler.Crawling;
using Pipeline.Demo;

namespace Pipeline.Sources;

/// <summary>The bundled demo site from the product's data directory, as the demo outlets a sources file can name.</summary>
internal sealed class DemoSiteOutlets : IDemoOutlets
{
    private readonly DemoSite site;

    private DemoSiteOutlets(DemoSite site) => this.site = site;

    /// <inheritdoc />
    public IReadOnlyList<CrawlSource> Sources => site.Sources;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, IPEndPoint> HostOverrides => site.HostOverrides;

    /// <summary>Starts the demo site shipped under data/demo-site beside the program.</summary>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>The outlets being served; dispose them to stop.</returns>
    public static async Task<IDemoOutlets> StartAsync(CancellationToken cancellationToken) =>
        new DemoSiteOutlets(await DemoSite.StartAsync(Path.Combine(AppContext.BaseDirectory, "data", "demo-site"), cancellationToken));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => site.DisposeAsync();
}
