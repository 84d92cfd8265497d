namespace Pipeline.Crawler.Crawling;

/// <summary>What storing an article did.</summary>
public enum StoreOutcome
{
    /// <summary>A new article.</summary>
    New,

    /// <summary>A known article whose content changed.</summary>
    Updated,

    /// <summary>A known article, content unchanged.</summary>
    Unchanged,

    /// <summary>Another address already holds the same content (a syndicated copy); recorded, not stored again.</summary>
    Duplicate,
}
