namespace Pipeline.Bench;

/// <summary>What <c>pipeline bench crawl</c> measured.</summary>
/// <param name="Hosts">Loopback hosts crawled in parallel.</param>
/// <param name="PagesPerHost">Articles per host.</param>
/// <param name="DelayMs">Politeness delay per host, in milliseconds.</param>
/// <param name="Requests">Requests made (feeds and pages).</param>
/// <param name="Pages">Article pages fetched.</param>
/// <param name="Seconds">Wall time of discovery and fetching.</param>
/// <param name="RequestsPerSecond">Achieved request rate.</param>
/// <param name="BoundPerSecond">The politeness bound: hosts / delay.</param>
/// <param name="Efficiency">Achieved rate as a share of the bound.</param>
/// <param name="CpuMsPerPage">Process CPU time per page, the loopback server's share included.</param>
/// <param name="Store">The store provider the crawl wrote to.</param>
/// <param name="DatabaseCommitsPerPage">Database transactions per page; null on SQLite.</param>
/// <param name="DatabaseRowsPerPage">Database rows written per page; null on SQLite.</param>
/// <param name="DatabaseCpuMsPerPage">A local database server's CPU time per page; null on SQLite or a remote server.</param>
public sealed record CrawlBenchmarkResult(
    int Hosts,
    int PagesPerHost,
    double DelayMs,
    int Requests,
    int Pages,
    double Seconds,
    double RequestsPerSecond,
    double BoundPerSecond,
    double Efficiency,
    double CpuMsPerPage,
    string Store = "sqlite",
    double? DatabaseCommitsPerPage = null,
    double? DatabaseRowsPerPage = null,
    double? DatabaseCpuMsPerPage = null);
