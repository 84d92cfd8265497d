using System.ComponentModel.DataAnnotations;

namespace Pipeline.Crawler.Fetching;

/// <summary>How pages are fetched.</summary>
public sealed class FetcherOptions
{
    /// <summary>The User-Agent sent with every request; it should name a contact address. Default: "PipelineBot/0.1 (+https://example.org/pipeline-bot)".</summary>
    [Required]
    public string UserAgent { get; set; } = "PipelineBot/0.1 (+https://example.org/pipeline-bot)";

    /// <summary>Largest body kept, counted after decompression; longer bodies are cut. Default 5 MiB; range 64 KiB to 100 MiB.</summary>
    [Range(64 * 1024, 100 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Time allowed for one whole request, headers and body. Default 30 s; range 1 s to 10 min.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed to open a connection. Default 10 s; range 1 s to 2 min.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Redirects followed at most. Default 5; range 0 to 10.</summary>
    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 5;
}
