namespace Pipeline.Crawler.Crawling;

/// <summary>What storing an article did.</summary>
/// <param name="Outcome">New, updated, unchanged or duplicate.</param>
/// <param name="ArticleId">The stored article's id (for a duplicate, the first copy's).</param>
public sealed record StoreResult(StoreOutcome Outcome, string ArticleId);
