using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.Web;

/// <summary>The Prometheus endpoint of <c>pipeline serve</c> after a crawl of the small demo site.</summary>
[Trait("Category", "Slow")]
public sealed class MetricsEndpointTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Fact]
    public async Task Metrics_AfterACrawl_CountersAndGaugesWithValues()
    {
        await PipelineDatabase.OpenAsync(new DataDirectory(data.Path).DatabasePath, create: true, TimeProvider.System);
        var (app, baseUri) = await WebFixture.StartAsync(data.Path, settings => settings.Web.RateLimitPerMinute = 0);
        await using var running = app;
        using var client = new HttpClient { BaseAddress = baseUri };
        await using (var site = await SmallDemoSite.StartAsync(perOutlet: 2))
        {
            var run = await site.CrawlAsync(data.Path, site.Site.EndPoint);
            Assert.True(run.Run.New > 0);
        }

        var text = await client.GetStringAsync(new Uri("metrics", UriKind.Relative));

        Assert.True(Value(text, "pipeline_pages_fetched_total") > 0, text);
        Assert.True(Value(text, "pipeline_articles_stored_total") > 0, text);
        Assert.True(Value(text, "pipeline_run_duration_seconds_count") > 0, text);
        Assert.Contains("pipeline_index_lag", text, StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();

    /// <summary>The sum of every series of a metric (its labels vary with the tests that ran in this process).</summary>
    private static double Value(string text, string metric) =>
        Regex.Matches(text, "^" + metric + @"(\{[^}]*\})? (\S+)", RegexOptions.Multiline)
            .Sum(m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
}
