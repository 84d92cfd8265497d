namespace Pipeline.Bench;

/// <summary>What the caller's crawl reports back to <see cref="CrawlBenchmark"/>.</summary>
/// <param name="Pages">Article pages fetched.</param>
/// <param name="Elapsed">Wall time of the slowest source, the crawl's own duration without the run's set-up.</param>
internal sealed record CrawlBenchmarkCrawled(int Pages, TimeSpan Elapsed);
