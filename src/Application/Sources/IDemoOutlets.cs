using System.Net;
using Pipeline.Crawler.Crawling;

namespace Pipeline.Sources;

/// <summary>
/// The bundled demo outlets while they are served on loopback: what a source entry of kind "demo" crawls. The demo
/// site itself is a development tool that only the host references, so the use cases see it through this.
/// </summary>
public interface IDemoOutlets : IAsyncDisposable
{
    /// <summary>One crawl source per outlet.</summary>
    IReadOnlyList<CrawlSource> Sources { get; }

    /// <summary>The outlets' virtual host names, resolved to the local server without DNS.</summary>
    IReadOnlyDictionary<string, IPEndPoint> HostOverrides { get; }
}
