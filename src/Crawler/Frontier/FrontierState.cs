namespace Pipeline.Crawler.Frontier;

/// <summary>Where an address stands in the crawl.</summary>
public enum FrontierState
{
    /// <summary>Found, not fetched yet.</summary>
    Discovered,

    /// <summary>Fetched and stored (or found not to be an article).</summary>
    Fetched,

    /// <summary>Fetched again and found unchanged.</summary>
    Unchanged,

    /// <summary>A copy of another address's content.</summary>
    Duplicate,

    /// <summary>The last attempt failed; retried until attempts run out.</summary>
    Failed,

    /// <summary>Not fetched: robots.txt or a safety rule forbids it.</summary>
    Blocked,

    /// <summary>Fetched, but the page is not an article.</summary>
    Skipped,
}
