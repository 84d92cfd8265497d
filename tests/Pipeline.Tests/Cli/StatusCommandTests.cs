using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.Cli;

public sealed class StatusCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private string DataDir => temp.Combine("data");

    [Fact]
    public async Task StatusCheck_AfterASuccessfulRun_Exits0WithNextRunAt0200()
    {
        await CrawlFixtureAsync();

        var (exit, output, error) = await CliHarness.RunAsync("status", "--check", "--json", "--data-dir", DataDir);

        Assert.True(exit == 0, output + error);
        using var status = JsonDocument.Parse(output);
        var root = status.RootElement;
        Assert.True(root.GetProperty("healthy").GetBoolean());
        Assert.Equal(FixtureNews.Articles, root.GetProperty("store").GetProperty("articles").GetInt32());
        Assert.Equal(0, root.GetProperty("index").GetProperty("lag").GetInt64());
        Assert.EndsWith("T02:00:00+07:00", root.GetProperty("schedule").GetProperty("nextRun").GetString(), StringComparison.Ordinal);
        Assert.False(root.GetProperty("schedule").GetProperty("stored").GetBoolean());
    }

    [Fact]
    public async Task StatusCheck_LastRunFailed_Exits1()
    {
        await CrawlFixtureAsync();
        Execute("UPDATE runs SET status = 'failed', message = 'disk full' WHERE id = (SELECT MAX(id) FROM runs)");

        var (exit, output, _) = await CliHarness.RunAsync("status", "--check", "--data-dir", DataDir);
        var (plain, _, _) = await CliHarness.RunAsync("status", "--data-dir", DataDir);

        Assert.Equal(1, exit);
        Assert.Contains("disk full", output, StringComparison.Ordinal);
        Assert.Equal(0, plain);
    }

    [Fact]
    public async Task StatusCheck_RunLeftRunningByADeadProcess_Exits1AndTheNextRunMarksItInterrupted()
    {
        await CrawlFixtureAsync();
        Execute("INSERT INTO runs (kind, started_at, status, stage) VALUES ('scheduled', '2025-06-01T19:00:00.000Z', 'running', 'index')");

        var (exit, output, _) = await CliHarness.RunAsync("status", "--check", "--data-dir", DataDir);
        Assert.Equal(1, exit);
        Assert.Contains("interrupted", output, StringComparison.Ordinal);

        await CrawlFixtureAsync();
        var (runsExit, runs, _) = await CliHarness.RunAsync("runs", "--json", "--data-dir", DataDir);
        Assert.Equal(0, runsExit);
        using var history = JsonDocument.Parse(runs);
        var marked = history.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == 2);
        Assert.Equal("interrupted", marked.GetProperty("status").GetString());
        Assert.Equal("index", marked.GetProperty("stage").GetString());
        var latest = history.RootElement[0];
        Assert.Equal("succeeded", latest.GetProperty("status").GetString());
        Assert.Contains("#2", latest.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await CliHarness.RunAsync("status", "--check", "--data-dir", DataDir)).ExitCode);
    }

    [Fact]
    public async Task StatusCheck_IndexLagsTheStore_Exits1()
    {
        await CrawlFixtureAsync();
        Execute("UPDATE articles SET seq = seq + 100");

        var (exit, output, _) = await CliHarness.RunAsync("status", "--check", "--data-dir", DataDir);

        Assert.Equal(1, exit);
        Assert.Contains("lags", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_AfterACrawl_ListsCountsPerStageAndErrors()
    {
        await CrawlFixtureAsync();

        var (exit, output, error) = await CliHarness.RunAsync("runs", "--json", "--data-dir", DataDir);
        var (tableExit, table, _) = await CliHarness.RunAsync("runs", "--data-dir", DataDir);

        Assert.True(exit == 0, error);
        using var runs = JsonDocument.Parse(output);
        var run = Assert.Single(runs.RootElement.EnumerateArray().ToList());
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal("done", run.GetProperty("stage").GetString());
        Assert.Equal("cli", run.GetProperty("firedBy").GetString());
        Assert.Equal(FixtureNews.Articles, run.GetProperty("new").GetInt32());
        Assert.Equal(FixtureNews.Articles, run.GetProperty("analyzed").GetInt32());
        Assert.Equal(FixtureNews.Articles, run.GetProperty("indexed").GetInt32());
        Assert.True(run.GetProperty("endedAt").ValueKind == JsonValueKind.String);
        // The fixture site has a server error, a binary page and an empty one: each reason is an error line.
        Assert.Contains(run.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains("500", StringComparison.Ordinal));
        Assert.Equal(0, tableExit);
        Assert.Contains("succeeded", table, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    private async Task CrawlFixtureAsync()
    {
        await using var site = await LoopbackSite.StartAsync(FixtureNews.Serve);
        var config = temp.Combine("pipeline.json");
        await File.WriteAllTextAsync(config, """{ "Crawl": { "DefaultDelay": "00:00:00" } }""");
        var (exit, _, error) = await CliHarness.RunAsync("crawl", "--feed", site.Url("/rss.xml").AbsoluteUri, "--allow-private", "--json", "--data-dir", DataDir, "--config", config);
        Assert.True(exit == 0, error);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={new DataDirectory(DataDir).DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
