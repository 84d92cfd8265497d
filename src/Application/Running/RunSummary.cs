using Pipeline.Crawler.Crawling;
using Pipeline.Storage;

namespace Pipeline.Running;

/// <summary>What a pipeline run did, for the console and for JSON.</summary>
/// <param name="Run">The recorded run with its totals.</param>
/// <param name="Sources">Per-source crawl reports.</param>
/// <param name="StoredTotal">Articles in the store after the run.</param>
/// <param name="IndexedTotal">Documents in the index after the run.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record RunSummary(RunRecord Run, IReadOnlyList<SourceReport> Sources, int StoredTotal, int IndexedTotal, TimeSpan Elapsed);
