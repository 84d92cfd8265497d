using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Pipeline.Crawler.Fetching;

/// <summary>How pages are fetched.</summary>
public sealed class FetcherOptions : IValidatableObject
{
    /// <summary>
    /// Host names connected to at a fixed address instead of looking them up, as curl's --resolve does: a site moving
    /// servers, a staging copy, or several nodes crawling one loopback test site. Host to "address:port"; empty by
    /// default. The address checks still apply to the address given.
    /// </summary>
    public Dictionary<string, string> Resolve { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><see cref="Resolve"/> as end points; every value must parse (checked at start by <see cref="Validate"/>).</summary>
    public IReadOnlyDictionary<string, IPEndPoint> ResolvedHosts() =>
        Resolve.ToDictionary(kv => kv.Key, kv => IPEndPoint.Parse(kv.Value), StringComparer.OrdinalIgnoreCase);

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

    /// <summary>Retries of a transient failure (5xx, 408, 429, timeouts, connection errors). Default 2; range 0 to 10.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay, doubled per attempt with jitter. Default 1 s; range 0 to 1 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest Retry-After honoured; a longer one ends the fetch as failed, to be tried in a later run. Default 2 min; range 0 to 1 h.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Time allowed for one fetch with all its retries. Default 3 min; range 1 s to 30 min.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Share of failed requests to one host that opens its circuit. Default 0.5; range 0.1 to 1.</summary>
    [Range(0.1, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Requests to one host in the sampling window before the breaker may open. Default 6; range 2 to 1,000.</summary>
    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 6;

    /// <summary>How long an open circuit refuses requests to the host. Default 1 min; range 1 s to 1 h.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (host, value) in Resolve)
        {
            if (!IPEndPoint.TryParse(value, out var endPoint) || endPoint.Port == 0)
            {
                yield return new ValidationResult($"Resolve: \"{value}\" for {host} is not an address with a port (\"127.0.0.1:8080\", \"[::1]:8080\")", [nameof(Resolve)]);
            }
        }
    }
}
