using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Crawler.Crawling;

/// <summary>An article fetched and extracted in a crawl, ready to store.</summary>
/// <param name="Source">The configured source.</param>
/// <param name="Article">The extracted article.</param>
/// <param name="Fetch">The fetch that produced it.</param>
/// <param name="FetchedAt">When it was fetched.</param>
/// <param name="ContentHash">Hash of title and text, for change and duplicate detection.</param>
public sealed record CrawledArticle(string Source, ExtractedArticle Article, FetchResult Fetch, DateTimeOffset FetchedAt, string ContentHash);
