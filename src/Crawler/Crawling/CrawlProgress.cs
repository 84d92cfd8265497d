namespace Pipeline.Crawler.Crawling;

/// <summary>A progress tick of a crawl run.</summary>
/// <param name="Source">The source being crawled.</param>
/// <param name="Done">Pages handled so far in this source.</param>
/// <param name="Total">Pages due in this source.</param>
/// <param name="Url">The page just handled, if any.</param>
public sealed record CrawlProgress(string Source, int Done, int Total, Uri? Url);
