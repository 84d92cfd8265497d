namespace Pipeline.Bench;

/// <summary>What the caller's crawl reports back to <see cref="CrawlBenchmark"/>.</summary>
/// <param name="Pages">Article pages fetched.</param>
/// <param name="Elapsed">Wall time of the slowest source, the crawl's own duration without the run's set-up.</param>
/// <param name="Store">The store provider the crawl wrote to.</param>
/// <param name="DatabaseCommits">Transactions the database server committed during the crawl; null on SQLite.</param>
/// <param name="DatabaseRowsWritten">Rows the database server wrote during the crawl; null on SQLite.</param>
/// <param name="DatabaseCpuSeconds">Processor time of a local database server during the crawl; null on SQLite or when it runs elsewhere.</param>
public sealed record CrawlBenchmarkCrawled(
    int Pages,
    TimeSpan Elapsed,
    string Store = "sqlite",
    long? DatabaseCommits = null,
    long? DatabaseRowsWritten = null,
    double? DatabaseCpuSeconds = null);
