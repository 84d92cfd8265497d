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

    /// <summary>Sitemaps read per source in one run at most, index children included. Default 50; range 1 to 10,000.</summary>
    [Range(1, 10_000)]
    public int MaxSitemapsPerSource { get; set; } = 50;
}
