using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.Maintenance;

/// <summary>Backup, destroy, restore: the restored data directory searches and counts as before.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task Restore_AfterTheDataDirectoryIsDestroyed_SearchWorksAndCountsAreEqual()
    {
        var dataDir = temp.Combine("data");
        await CrawlFixtureAsync(dataDir);
        var before = await StatsAsync(dataDir);
        var search = await CliHarness.RunAsync("search", "Fukuoka", "--json", "--data-dir", dataDir);

        var backup = await CliHarness.RunAsync("backup", temp.Combine("backup"), "--json", "--data-dir", dataDir);
        Assert.True(backup.ExitCode == 0, backup.Error);
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
        var restore = await CliHarness.RunAsync("restore", temp.Combine("backup"), "--json", "--data-dir", dataDir);

        Assert.True(restore.ExitCode == 0, restore.Error);
        using var manifest = JsonDocument.Parse(backup.Out);
        Assert.Equal(FixtureNews.Articles, manifest.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(FixtureNews.Articles, manifest.RootElement.GetProperty("indexDocuments").GetInt32());
        var after = await StatsAsync(dataDir);
        Assert.Equal(before.Articles, after.Articles);
        Assert.Equal(before.Indexed, after.Indexed);
        Assert.Equal(before.Sequence, after.Sequence);
        var searchAfter = await CliHarness.RunAsync("search", "Fukuoka", "--json", "--data-dir", dataDir);
        Assert.Equal(0, searchAfter.ExitCode);
        using var hits = JsonDocument.Parse(searchAfter.Out);
        Assert.Equal(1, hits.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(Ids(search.Out), Ids(searchAfter.Out));
        var status = await CliHarness.RunAsync("status", "--check", "--data-dir", dataDir);
        Assert.True(status.ExitCode == 0, status.Out);
    }

    [Fact]
    public async Task Restore_OverAnExistingDatabaseWithoutForce_RefusesAndKeepsIt()
    {
        var dataDir = temp.Combine("data");
        await CrawlFixtureAsync(dataDir);
        Assert.Equal(0, (await CliHarness.RunAsync("backup", temp.Combine("backup"), "--data-dir", dataDir)).ExitCode);

        var refused = await CliHarness.RunAsync("restore", temp.Combine("backup"), "--data-dir", dataDir);
        var forced = await CliHarness.RunAsync("restore", temp.Combine("backup"), "--force", "--data-dir", dataDir);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Single(Directory.GetFiles(dataDir, "pipeline.db.before-restore-*"));
        Assert.Equal(FixtureNews.Articles, (await StatsAsync(dataDir)).Articles);
    }

    [Fact]
    public async Task Backup_IntoANonEmptyDirectory_Refused()
    {
        var dataDir = temp.Combine("data");
        await CrawlFixtureAsync(dataDir);
        Directory.CreateDirectory(temp.Combine("full"));
        await File.WriteAllTextAsync(temp.Combine("full/x.txt"), "x");

        var (exit, _, error) = await CliHarness.RunAsync("backup", temp.Combine("full"), "--data-dir", dataDir);

        Assert.Equal(1, exit);
        Assert.Contains("not empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_DamagedBackup_RefusedBeforeTouchingTheDataDirectory()
    {
        var dataDir = temp.Combine("data");
        await CrawlFixtureAsync(dataDir);
        Assert.Equal(0, (await CliHarness.RunAsync("backup", temp.Combine("backup"), "--data-dir", dataDir)).ExitCode);
        await File.WriteAllBytesAsync(temp.Combine("backup/pipeline.db"), new byte[4096]);

        var (exit, _, error) = await CliHarness.RunAsync("restore", temp.Combine("backup"), "--force", "--data-dir", dataDir);

        Assert.Equal(1, exit);
        Assert.Contains("pipeline.db", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dataDir, "*.before-restore-*"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    private async Task CrawlFixtureAsync(string dataDir)
    {
        await using var site = await LoopbackSite.StartAsync(FixtureNews.Serve);
        var config = temp.Combine("pipeline.json");
        await File.WriteAllTextAsync(config, """{ "Crawl": { "DefaultDelay": "00:00:00" } }""");
        var (exit, _, error) = await CliHarness.RunAsync("crawl", "--feed", site.Url("/rss.xml").AbsoluteUri, "--allow-private", "--json", "--data-dir", dataDir, "--config", config);
        Assert.True(exit == 0, error);
    }

    private static async Task<(int Articles, int Indexed, long Sequence)> StatsAsync(string dataDir)
    {
        var (exit, output, error) = await CliHarness.RunAsync("stats", "--json", "--data-dir", dataDir);
        Assert.True(exit == 0, error);
        using var stats = JsonDocument.Parse(output);
        var root = stats.RootElement;
        return (root.GetProperty("articles").GetInt32(), root.GetProperty("indexed").GetInt32(), root.GetProperty("storeSequence").GetInt64());
    }

    private static List<string> Ids(string searchJson)
    {
        using var results = JsonDocument.Parse(searchJson);
        return [.. results.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];
    }
}
