using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Indexer.Search;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.EndToEnd;

/// <summary>SIGTERM to a real <c>pipeline schedule</c> daemon in the middle of fetching: it stops fetching, commits, records the run as cancelled and exits.</summary>
[Trait("Category", "Slow")]
public sealed class DaemonStopTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task Schedule_SigtermDuringFetching_CommitsTheIndexRecordsCancelledAndExitsWithin30Seconds()
    {
        var news = new SlowNews(60, TimeSpan.FromMilliseconds(200));
        await using var site = await LoopbackSite.StartAsync(news.Serve);
        var data = new DaemonData(temp);
        using var daemon = DaemonProcess.Start(await data.PrepareAsync(site.Url("/rss.xml"), runNow: true));
        var started = await daemon.WaitForLineAsync(line => line.StartsWith("Daemon started", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        await DaemonData.WaitUntilAsync(() => data.Scalar("SELECT COUNT(*) FROM articles") >= 3, TimeSpan.FromSeconds(60), daemon, "storing the first articles");

        using var http = new HttpClient();
        var healthUri = new Uri(started[(started.IndexOf("http://", StringComparison.Ordinal))..started.IndexOf("/healthz", StringComparison.Ordinal)] + "/healthz");
        var health = await http.GetAsync(healthUri);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using (var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, healthUri)))
        {
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal("application/json", head.Content.Headers.ContentType?.MediaType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }

        using (var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()))
        {
            Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
            Assert.True(body.RootElement.GetProperty("detail").GetProperty("runInProgress").GetBoolean());
        }

        // The crawler node's own metrics on the health listener, while it fetches.
        var metrics = await http.GetStringAsync(new Uri(healthUri, "/metrics"));
        Assert.Contains("pipeline_pages_fetched_total", metrics, StringComparison.Ordinal);
        Assert.Contains("pipeline_index_lag", metrics, StringComparison.Ordinal);

        var stopwatch = Stopwatch.StartNew();
        daemon.Terminate();

        Assert.True(await daemon.WaitForExitAsync(TimeSpan.FromSeconds(30)), "the daemon did not exit within 30 s:\n" + daemon.Output);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        Assert.Equal(0, daemon.ExitCode);
        Assert.Equal("cancelled", data.Text("SELECT status FROM runs WHERE id = 1"));
        var stored = data.Scalar("SELECT COUNT(*) FROM articles");
        Assert.InRange(stored, 3, news.Articles - 1);
        // The frontier keeps what is left for the next run; what was stored is analysed and indexed.
        Assert.Equal(stored, data.Scalar("SELECT COUNT(*) FROM frontier WHERE state = 'fetched'"));
        Assert.Equal(news.Articles - stored, data.Scalar("SELECT COUNT(*) FROM frontier WHERE state = 'discovered'"));
        Assert.Equal(stored, data.Scalar("SELECT indexed FROM runs WHERE id = 1"));
        using (var searcher = ArticleSearcher.Open(data.Data.IndexPath))
        {
            Assert.Equal(stored, searcher.Count);
        }

        Assert.True(data.IndexIsClean());
    }

    public void Dispose() => temp.Dispose();
}
