namespace Pipeline.Crawler.Crawling;

/// <summary>What one run did for one source.</summary>
/// <param name="Source">The source name.</param>
/// <param name="Discovered">Article addresses found in feeds and sitemaps this run.</param>
/// <param name="NewlyDiscovered">Of those, addresses never seen before.</param>
/// <param name="Fetched">Article pages fetched.</param>
/// <param name="New">New articles stored.</param>
/// <param name="Updated">Known articles whose content changed.</param>
/// <param name="Unchanged">Known articles fetched again without change.</param>
/// <param name="Duplicates">Pages whose content another address already holds (syndicated copies).</param>
/// <param name="Skipped">Pages that were not articles.</param>
/// <param name="Failed">Fetches or extractions that failed.</param>
/// <param name="Blocked">Addresses robots.txt forbids.</param>
/// <param name="FailureReasons">Failures and skips counted by reason.</param>
/// <param name="Elapsed">Wall time spent on the source.</param>
/// <param name="ListingErrors">Listings (robots.txt, feeds, section pages, sitemaps) that could not be read, or only in part,
/// one line each ("sitemap https://… : reason"); empty or null when every listing was read.</param>
public sealed record SourceReport(
    string Source,
    int Discovered,
    int NewlyDiscovered,
    int Fetched,
    int New,
    int Updated,
    int Unchanged,
    int Duplicates,
    int Skipped,
    int Failed,
    int Blocked,
    IReadOnlyDictionary<string, int> FailureReasons,
    TimeSpan Elapsed,
    IReadOnlyList<string>? ListingErrors = null);
