using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Indexer.Search;
using Pipeline.Indexing;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.EndToEnd;

/// <summary>
/// kill -9 of a real <c>pipeline schedule</c> daemon in the middle of a run, then a restart: Quartz recovers the
/// firing (RequestsRecovery), the dead run is marked interrupted, and the recovery run leaves every article stored
/// once and the index equal to the store.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DaemonCrashTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly TempDirectory temp = new();

    [Fact]
    public async Task Schedule_KilledDuringFetching_RestartRecoversTheRunAndStoresEveryArticleOnce()
    {
        var news = new SlowNews(30, TimeSpan.FromMilliseconds(150));
        await using var site = await LoopbackSite.StartAsync(news.Serve);
        var data = new DaemonData(temp);
        var args = await data.PrepareAsync(site.Url("/rss.xml"), runNow: true);

        using (var first = DaemonProcess.Start(args))
        {
            await DaemonData.WaitUntilAsync(() => data.Scalar("SELECT COUNT(*) FROM articles") >= 5, Patience, first, "storing the first articles");
            await first.KillAsync();
        }

        Assert.InRange(data.Scalar("SELECT COUNT(*) FROM articles"), 5, news.Articles - 1);
        Assert.Equal("running", data.Text("SELECT status FROM runs WHERE id = 1"));

        await RestartUntilRecoveredAsync(data, args.Where(a => a != "--run-now"));

        Assert.Equal("interrupted", data.Text("SELECT status FROM runs WHERE id = 1"));
        Assert.Equal("crawl", data.Text("SELECT stage FROM runs WHERE id = 1"));
        AssertConsistent(data, news.Articles);
    }

    [Fact]
    public async Task Schedule_KilledBeforeAnIndexCommit_RestartRecoversTheRunAndTheIndexAgreesWithTheStore()
    {
        var news = new SlowNews(20, TimeSpan.Zero);
        await using var site = await LoopbackSite.StartAsync(news.Serve);
        var data = new DaemonData(temp);
        var args = await data.PrepareAsync(site.Url("/rss.xml"), runNow: true);

        using (var first = DaemonProcess.Start(args, new Dictionary<string, string?> { [TestHooks.Variable] = TestHooks.IndexCommit }))
        {
            await first.WaitForLineAsync(line => line.Contains("PIPELINE_TEST_PAUSED " + TestHooks.IndexCommit, StringComparison.Ordinal), Patience);
            await first.KillAsync();
        }

        Assert.Equal(news.Articles, data.Scalar("SELECT COUNT(*) FROM articles"));
        Assert.Equal("index", data.Text("SELECT stage FROM runs WHERE id = 1"));

        await RestartUntilRecoveredAsync(data, args.Where(a => a != "--run-now"));

        Assert.Equal("interrupted", data.Text("SELECT status FROM runs WHERE id = 1"));
        Assert.Equal("index", data.Text("SELECT stage FROM runs WHERE id = 1"));
        AssertConsistent(data, news.Articles);
    }

    public void Dispose() => temp.Dispose();

    private static async Task RestartUntilRecoveredAsync(DaemonData data, IEnumerable<string> args)
    {
        // No --run-now: the run comes back only because Quartz recovers the interrupted firing.
        using var second = DaemonProcess.Start(args);
        await DaemonData.WaitUntilAsync(
            () => data.Scalar("SELECT COUNT(*) FROM runs WHERE fired_by = 'recovery' AND status = 'succeeded'") == 1,
            Patience,
            second,
            "the recovery run");
        second.Terminate();
        Assert.True(await second.WaitForExitAsync(TimeSpan.FromSeconds(30)), second.Output);
        Assert.Equal(0, second.ExitCode);
    }

    private static void AssertConsistent(DaemonData data, int articles)
    {
        Assert.Equal(articles, data.Scalar("SELECT COUNT(*) FROM articles"));
        Assert.Equal(articles, data.Scalar("SELECT COUNT(DISTINCT canonical_url) FROM articles"));
        Assert.Equal(0, data.Scalar("SELECT COUNT(*) FROM frontier WHERE state NOT IN ('fetched', 'unchanged')"));
        Assert.Equal(0, data.Scalar("SELECT COUNT(*) FROM runs WHERE status = 'running'"));
        Assert.Equal(articles, data.Scalar("SELECT COUNT(*) FROM articles WHERE facts_seq = seq"));
        using (var searcher = ArticleSearcher.Open(data.Data.IndexPath))
        {
            Assert.Equal(articles, searcher.Count);
            Assert.Equal(data.Scalar("SELECT MAX(seq) FROM articles"), searcher.CommittedSequence);
        }

        Assert.True(data.IndexIsClean());
    }
}
