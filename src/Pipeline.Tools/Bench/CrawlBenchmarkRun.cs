using System.Net;
using Pipeline.Crawler.Crawling;

namespace Pipeline.Bench;

/// <summary>
/// The crawl <see cref="CrawlBenchmark"/> asks its caller to run: the caller owns the pipeline runner and its settings,
/// which live in the host, so the benchmark stays a library that never references the host.
/// </summary>
/// <param name="DataDirectory">An empty temporary data directory for the run.</param>
/// <param name="Sources">One source per loopback host.</param>
/// <param name="HostOverrides">Every virtual host name resolved to the loopback server.</param>
/// <param name="Delay">The politeness delay per host.</param>
/// <param name="MaxParallelHosts">Hosts crawled at once: all of them, so the bound is hosts / delay.</param>
public sealed record CrawlBenchmarkRun(
    string DataDirectory,
    IReadOnlyList<CrawlSource> Sources,
    IReadOnlyDictionary<string, IPEndPoint> HostOverrides,
    TimeSpan Delay,
    int MaxParallelHosts);
