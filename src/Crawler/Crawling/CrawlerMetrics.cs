using System.Diagnostics;
using System.Diagnostics.Metrics;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Crawler.Crawling;

/// <summary>
/// The crawler's instruments on the "Pipeline" meter: nothing is recorded unless a listener (the Prometheus endpoint
/// of <c>pipeline serve</c>) subscribes to that meter.
/// </summary>
internal static class CrawlerMetrics
{
    /// <summary>The meter every Pipeline instrument is on.</summary>
    public const string MeterName = "Pipeline";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> PagesFetched = Meter.CreateCounter<long>("pipeline.pages.fetched", description: "Pages fetched with a body (2xx), whatever the crawl then made of them.");

    private static readonly Counter<long> FetchFailures = Meter.CreateCounter<long>("pipeline.fetch.failures", description: "Page fetches that failed, by host and reason (http_404, timeout, network, ...).");

    private static readonly Counter<long> ArticlesStored = Meter.CreateCounter<long>("pipeline.articles.stored", description: "Articles stored new or updated, by outcome.");

    public static void Fetched() => PagesFetched.Add(1);

    public static void Failed(Uri url, FetchResult fetch) =>
        FetchFailures.Add(1, new TagList { { "host", url.Host }, { "reason", ReasonOf(fetch) } });

    public static void Stored(StoreOutcome outcome)
    {
        if (outcome is StoreOutcome.New or StoreOutcome.Updated)
        {
            ArticlesStored.Add(1, new KeyValuePair<string, object?>("outcome", outcome == StoreOutcome.New ? "new" : "updated"));
        }
    }

    /// <summary>A short, bounded reason: the fetcher's own message names addresses and exceptions, which would make a label per page.</summary>
    /// <param name="fetch">The failed fetch.</param>
    /// <returns>A word such as http_503, timeout or network.</returns>
    internal static string ReasonOf(FetchResult fetch)
    {
        if (fetch.Status is { } status && (int)status >= 300)
        {
            return "http_" + ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var error = fetch.Error ?? "";
        return error switch
        {
            "" => "no_body",
            _ when error.StartsWith("timed out", StringComparison.Ordinal) => "timeout",
            _ when error.StartsWith("circuit open", StringComparison.Ordinal) => "circuit_open",
            _ when error.StartsWith("network error", StringComparison.Ordinal) || error.StartsWith("connection error", StringComparison.Ordinal) => "network",
            _ when error.StartsWith("content type", StringComparison.Ordinal) => "not_a_page",
            _ when error.StartsWith("bad body", StringComparison.Ordinal) => "bad_body",
            _ => "other",
        };
    }
}
