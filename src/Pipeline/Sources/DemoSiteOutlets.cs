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

    /// <summary>Starts the demo site in a directory (the shipped one is <see cref="Storage.ProductData.DemoSite"/>).</summary>
    /// <param name="directory">The demo site's directory.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>The outlets being served; dispose them to stop.</returns>
    public static async Task<IDemoOutlets> StartAsync(string directory, CancellationToken cancellationToken) =>
        new DemoSiteOutlets(await DemoSite.StartAsync(directory, cancellationToken));

    /// <summary>A starter of the demo site in a product's data, for <see cref="SourceSelection"/>.</summary>
    /// <param name="productData">The shipped data holding the demo site.</param>
    /// <returns>The starter.</returns>
    public static DemoOutletsStarter Starter(Storage.ProductData productData) => cancellationToken => StartAsync(productData.DemoSite, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => site.DisposeAsync();
}
