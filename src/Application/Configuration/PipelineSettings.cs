using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Logging;
using Pipeline.Analysis.Trends;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Configuration;

/// <summary>Everything configurable, bound from pipeline.json, then PIPELINE_* environment variables, then flags.</summary>
public sealed class PipelineSettings
{
    /// <summary>Where the database and index live. Default "./pipeline-data"; env PIPELINE_DATA_DIR; flag --data-dir.</summary>
    [Required]
    public string DataDir { get; set; } = "./pipeline-data";

    /// <summary>Which database holds the stores: SQLite in the data directory (default) or PostgreSQL.</summary>
    public Storage.StoreOptions Store { get; set; } = new();

    /// <summary>This process as a node of several sharing a PostgreSQL store: its name.</summary>
    public NodeOptions Node { get; set; } = new();

    /// <summary>Least severe log level written to standard error. Default Warning.</summary>
    public LogLevel LogLevel { get; set; } = LogLevel.Warning;

    /// <summary>HTTP fetching: identity, timeouts, size limit.</summary>
    public FetcherOptions Fetcher { get; set; } = new();

    /// <summary>Crawl limits and politeness.</summary>
    public CrawlOptions Crawl { get; set; } = new();

    /// <summary>The nightly daemon: cron, time zone, health port, stop grace.</summary>
    public ScheduleOptions Schedule { get; set; } = new();

    /// <summary>Trends: how syndicated copies of a reported figure are recognised.</summary>
    public TrendOptions Trends { get; set; } = new();

    /// <summary>The web app of <c>pipeline serve</c>.</summary>
    public WebOptions Web { get; set; } = new();

    /// <summary><c>pipeline serve</c> on a search node: how its index follows the store.</summary>
    public ServeOptions Serve { get; set; } = new();
}
