namespace Pipeline.Sources;

/// <summary>One entry of the sources file (data/sources.json), as written.</summary>
public sealed class SourceDefinition
{
    /// <summary>Unique short name, used with --source.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>"web" (default) or "demo" (the bundled demo site, served in process).</summary>
    public string Kind { get; set; } = "web";

    /// <summary>The outlet's display name.</summary>
    public string? Outlet { get; set; }

    /// <summary>The outlet's home or section page, for people.</summary>
    public string? Homepage { get; set; }

    /// <summary>RSS or Atom feeds.</summary>
    public List<string> Feeds { get; set; } = [];

    /// <summary>Sitemaps or sitemap indexes (robots.txt sitemaps are added automatically).</summary>
    public List<string> Sitemaps { get; set; } = [];

    /// <summary>Section listing pages (discovery from them arrives with section crawling).</summary>
    public List<string> Sections { get; set; } = [];

    /// <summary>Regular expression an article address must match.</summary>
    public string? ArticlePattern { get; set; }

    /// <summary>Pause between requests to the outlet, overriding the default (robots.txt Crawl-delay still wins when longer).</summary>
    public TimeSpan? Delay { get; set; }

    /// <summary>CSS selectors hinting where body, lead and date are (used by the extractor as hints).</summary>
    public Dictionary<string, string> Extraction { get; set; } = [];

    /// <summary>
    /// Allow loopback and private-network addresses (an intranet outlet, a test site on 127.0.0.1). Default false:
    /// such targets are refused, also when a redirect or DNS leads there.
    /// </summary>
    public bool AllowPrivate { get; set; }

    /// <summary>False until an operator has seen the entry work against the live site.</summary>
    public bool Verified { get; set; }

    /// <summary>Free remarks.</summary>
    public string? Notes { get; set; }
}
