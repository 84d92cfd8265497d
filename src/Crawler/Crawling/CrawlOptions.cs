using System.ComponentModel.DataAnnotations;

namespace Pipeline.Crawler.Crawling;

/// <summary>Limits of one crawl run.</summary>
public sealed class CrawlOptions
{
    /// <summary>Pause between two requests to one host unless the source says otherwise. Default 2 s; range 0 to 5 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan DefaultDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Article pages fetched per source in one run at most. Default 1,000; range 1 to 1,000,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxPagesPerSource { get; set; } = 1000;

    /// <summary>Attempts at one address before it is given up. Default 3; range 1 to 20.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before a failed address is tried again, doubled per attempt. Default 10 min; range 0 to 1 day.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Sources crawled at the same time; each keeps one request at a time per host. Default 8; range 1 to 64.</summary>
    [Range(1, 64)]
    public int MaxParallelHosts { get; set; } = 8;

    /// <summary>The product token matched against robots.txt user-agent lines; the first word of the User-Agent. Default "PipelineBot".</summary>
    [Required]
    [RegularExpression("^[A-Za-z_-]+$")]
    public string ProductToken { get; set; } = "PipelineBot";

    /// <summary>Largest robots.txt Crawl-delay honoured; longer ones are capped. Default 30 s; range 0 to 10 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sitemaps read per source in one run at most, index children included. Default 50; range 1 to 10,000.</summary>
    [Range(1, 10_000)]
    public int MaxSitemapsPerSource { get; set; } = 50;

    /// <summary>Pages fetched from one host in one run at most, whatever the sources. Default 2,000; range 1 to 1,000,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxPagesPerHost { get; set; } = 2000;

    /// <summary>Longest address followed; longer ones are crawler traps or junk. Default 2,048 characters; range 256 to 16,384.</summary>
    [Range(256, 16_384)]
    public int MaxUrlLength { get; set; } = 2048;

    /// <summary>Deepest path followed, in segments. Default 12; range 2 to 64.</summary>
    [Range(2, 64)]
    public int MaxPathDepth { get; set; } = 12;

    /// <summary>Times one path segment may repeat before the address counts as a trap ("/a/b/a/b/a/"). Default 3; range 2 to 10.</summary>
    [Range(2, 10)]
    public int MaxRepeatedSegments { get; set; } = 3;

    /// <summary>
    /// How long a crawler node's lease on a host lasts unless renewed (nodes sharing a PostgreSQL store); a node that
    /// dies leaves its hosts to the others after this long. Renewed every third of it. Default 2 min; range 1 s to 1 h.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan HostLeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Listing pages followed per section, the first included. Default 3; range 1 to 100.</summary>
    [Range(1, 100)]
    public int MaxSectionPages { get; set; } = 3;
}
