using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Indexer.Search;
using Pipeline.Tests.Fixtures;
using Xunit.Abstractions;

namespace Pipeline.Tests.EndToEnd;

/// <summary>
/// kill -9 of a real <c>pipeline crawl</c> process at 20 random points spread over its crawl, analysis and index
/// stages, with new articles published between runs, then one run to the end: the store and the index hold the
/// same articles once each, Lucene's CheckIndex finds nothing, and <c>status --check</c> is content.
/// </summary>
[Trait("Category", "Slow")]
public sealed class KillCycleTests(ITestOutputHelper output) : IDisposable
{
    private const int Cycles = 20;
    private const int PerCycle = 5;
    private const string SeedVariable = "PIPELINE_KILL_SEED";
    private const string AnalysedSql = "SELECT COUNT(*) FROM articles WHERE facts_seq = seq";
    private static readonly string[] Stages = ["crawl", "analysis", "index"];

    // "articles": after the first facts of the run are saved. The analysis stage starts by loading the topic model,
    // so a delay counted from the stage's start alone rarely lands among the articles.
    private static readonly string[] Targets = ["crawl", "analysis", "articles", "index"];
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempDirectory temp = new();

    [Fact]
    public async Task Crawl_KilledAtRandomPointsThenResumed_StoreAndIndexAgreeAndStatusIsHealthy()
    {
        // A new seed each run explores new kill points; the seed is printed so a failing run can be replayed.
        var seed = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), CultureInfo.InvariantCulture, out var fixedSeed) ? fixedSeed : Environment.TickCount & int.MaxValue;
        output.WriteLine($"seed {seed} (replay with {SeedVariable}={seed})");
        var random = new Random(seed);
        var news = new GrowingNews(TimeSpan.FromMilliseconds(20));
        await using var site = await LoopbackSite.StartAsync(news.Serve);
        var data = new DaemonData(temp);
        var config = temp.Combine("pipeline.json");
        await File.WriteAllTextAsync(config, """{ "Crawl": { "DefaultDelay": "00:00:00" } }""");
        string[] args = ["crawl", "--feed", site.Url("/rss.xml").AbsoluteUri, "--allow-private", "--json", "--data-dir", data.Data.Root, "--config", config];
        var stopwatch = Stopwatch.StartNew();
        var killedIn = new List<string>();

        for (var cycle = 1; cycle <= Cycles; cycle++)
        {
            news.Publish(PerCycle);
            var target = Targets[random.Next(Targets.Length)];
            var delay = TimeSpan.FromMilliseconds(random.Next(0, target switch { "crawl" => 400, "analysis" => 600, "articles" => 30, _ => 250 }));
            var lastRun = data.Scalar("SELECT COALESCE(MAX(id), 0) FROM runs");
            var analysed = data.Scalar(AnalysedSql);
            using var process = DaemonProcess.Start(args);
            var reached = await WaitForStageAsync(data, lastRun, target == "articles" ? "analysis" : target, process)
                && (target != "articles" || await WaitUntilAsync(() => data.Scalar(AnalysedSql) > analysed, process));
            if (reached)
            {
                await Task.Delay(delay);
            }

            var exitedFirst = process.HasExited;
            await process.KillAsync();
            var stage = data.Text($"SELECT stage FROM runs WHERE id > {lastRun} ORDER BY id DESC LIMIT 1") ?? "before the run";
            var at = exitedFirst ? "after the end" : stage;
            killedIn.Add(at);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cycle {cycle,2}: aim {target,-8} +{delay.TotalMilliseconds,4:F0} ms, killed in {at,-13} stored {data.Scalar("SELECT COUNT(*) FROM articles"),3}/{news.Published,3}, analysed {data.Scalar(AnalysedSql),3} ({stopwatch.Elapsed.TotalSeconds:F1} s)"));
        }

        using (var resume = DaemonProcess.Start(args))
        {
            Assert.True(await resume.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the resumed crawl did not finish:\n" + resume.Output);
            Assert.True(resume.ExitCode == 0, resume.Output);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resumed and checked after {stopwatch.Elapsed.TotalSeconds:F1} s"));
        Assert.True(killedIn.Distinct().Count(Stages.Contains) >= 2, "the kills did not spread over the stages: " + string.Join(", ", killedIn));
        await AssertConsistentAsync(data, news.Published);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    // True once the run started after lastRun is in the target stage (or a later one); false when it ended first.
    private static async Task<bool> WaitForStageAsync(DaemonData data, int lastRun, string target, DaemonProcess process)
    {
        var stopwatch = Stopwatch.StartNew();
        var wanted = Array.IndexOf(Stages, target);
        while (!process.HasExited)
        {
            var stage = data.Scalar($"SELECT COUNT(*) FROM runs WHERE id > {lastRun}") == 0 ? null : data.Text($"SELECT stage FROM runs WHERE id > {lastRun} ORDER BY id DESC LIMIT 1");
            if (stage is not null && (Array.IndexOf(Stages, stage) >= wanted || stage == "done"))
            {
                return true;
            }

            Assert.True(stopwatch.Elapsed < Patience, "the run did not reach its stage in time:\n" + process.Output);
            await Task.Delay(5);
        }

        return false;
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition, DaemonProcess process)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!process.HasExited)
        {
            if (condition())
            {
                return true;
            }

            Assert.True(stopwatch.Elapsed < Patience, "the run did not get there in time:\n" + process.Output);
            await Task.Delay(5);
        }

        return false;
    }

    private static async Task AssertConsistentAsync(DaemonData data, int published)
    {
        Assert.Equal(published, data.Scalar("SELECT COUNT(*) FROM articles"));
        Assert.Equal(published, data.Scalar("SELECT COUNT(DISTINCT canonical_url) FROM articles"));
        Assert.Equal(published, data.Scalar("SELECT COUNT(DISTINCT content_hash) FROM articles"));
        Assert.Equal(published, data.Scalar(AnalysedSql));
        Assert.Equal(0, data.Scalar("SELECT COUNT(*) FROM frontier WHERE state NOT IN ('fetched', 'unchanged')"));
        Assert.Equal(0, data.Scalar("SELECT COUNT(*) FROM runs WHERE status = 'running'"));
        using (var searcher = ArticleSearcher.Open(data.Data.IndexPath))
        {
            Assert.Equal(published, searcher.Count);
            Assert.Equal(data.Scalar("SELECT MAX(seq) FROM articles"), searcher.CommittedSequence);
            Assert.All(Ids(data), id => Assert.True(searcher.Contains(id), $"article {id} is stored but not indexed"));
        }

        Assert.True(data.IndexIsClean(), "CheckIndex found a problem");
        var (exit, _, error) = await CliHarness.RunAsync("status", "--check", "--data-dir", data.Data.Root);
        Assert.True(exit == 0, error);
    }

    private static List<string> Ids(DaemonData data)
    {
        using var connection = new SqliteConnection($"Data Source={data.Data.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
