namespace Pipeline.Crawler.Crawling;

/// <summary>One site to crawl and how.</summary>
/// <param name="Name">A short unique name (e.g. "demo").</param>
/// <param name="Feeds">RSS or Atom feeds.</param>
/// <param name="Sitemaps">Sitemaps or sitemap indexes.</param>
/// <param name="ArticlePattern">A regular expression an article address must match; null accepts every discovered address.</param>
/// <param name="Delay">Pause between two requests to one host; null uses the crawl default.</param>
/// <param name="AllowPrivateNetwork">True for sources on loopback or private networks (the demo, tests).</param>
/// <param name="Sections">Section listing pages whose article links are followed, with bounded pagination.</param>
/// <param name="ListedSince">Skip sitemaps and sitemap entries whose lastmod is older than this (the last successful run).</param>
/// <param name="Hints">Per-outlet extraction hints from the sources file.</param>
public sealed record CrawlSource(
    string Name,
    IReadOnlyList<Uri> Feeds,
    IReadOnlyList<Uri> Sitemaps,
    string? ArticlePattern = null,
    TimeSpan? Delay = null,
    bool AllowPrivateNetwork = false,
    IReadOnlyList<Uri>? Sections = null,
    DateTimeOffset? ListedSince = null,
    Extraction.ExtractionHints? Hints = null);
