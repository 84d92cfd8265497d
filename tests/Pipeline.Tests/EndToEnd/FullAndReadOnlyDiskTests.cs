using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Tests.Fixtures;
using Xunit.Abstractions;

namespace Pipeline.Tests.EndToEnd;

/// <summary>
/// A data directory on a real small tmpfs that fills up, then is grown, then is remounted read-only: every write
/// fails with one clear line (no stack trace), the database stays readable, and a run after space is freed resumes.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FullAndReadOnlyDiskTests(ITestOutputHelper output) : IDisposable
{
    private const int Articles = 400;
    private const long Full = 1024 * 1024;
    private const long Roomy = 64 * 1024 * 1024;

    private readonly TempDirectory temp = new();

    [TmpfsFact]
    public async Task Crawl_DiskFillsUp_OneLineErrorReadableDatabaseAndResumesOnceSpaceIsFreed()
    {
        using var disk = Tmpfs.Mount(Full);
        var news = new GrowingNews(TimeSpan.Zero);
        news.Publish(Articles);
        await using var site = await LoopbackSite.StartAsync(news.Serve);
        var dataDir = disk.Combine("data");
        var args = await CrawlArgsAsync(site, dataDir);

        using (var full = DaemonProcess.Start(args))
        {
            Assert.True(await full.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the crawl did not end:\n" + full.Output);
            output.WriteLine(full.Output);
            Assert.Equal(1, full.ExitCode);
            AssertOneLineError(full.Output, "no space left");
        }

        var stored = await StoredAsync(dataDir);
        Assert.InRange(stored, 0, Articles - 1);

        disk.Resize(Roomy);
        using (var resumed = DaemonProcess.Start(args))
        {
            Assert.True(await resumed.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the crawl did not end:\n" + resumed.Output);
            Assert.True(resumed.ExitCode == 0, resumed.Output);
        }

        Assert.Equal(Articles, await StoredAsync(dataDir));
        var (exit, _, error) = await CliHarness.RunAsync("status", "--check", "--data-dir", dataDir);
        Assert.True(exit == 0, error);
    }

    [TmpfsFact]
    public async Task Commands_DataDirectoryOnAReadOnlyDisk_WritersFailInOneLineReadersWork()
    {
        using var disk = Tmpfs.Mount(Roomy);
        var news = new GrowingNews(TimeSpan.Zero);
        news.Publish(20);
        await using var site = await LoopbackSite.StartAsync(news.Serve);
        var dataDir = disk.Combine("data");
        var args = await CrawlArgsAsync(site, dataDir);
        using (var first = DaemonProcess.Start(args))
        {
            Assert.True(await first.WaitForExitAsync(TimeSpan.FromSeconds(60)) && first.ExitCode == 0, first.Output);
        }

        disk.MakeReadOnly();
        news.Publish(5);

        foreach (var writer in new[] { args, ["index", "--data-dir", dataDir] })
        {
            var stopwatch = Stopwatch.StartNew();
            using var process = DaemonProcess.Start(writer);
            Assert.True(await process.WaitForExitAsync(TimeSpan.FromSeconds(60)), process.Output);
            output.WriteLine($"{writer[0]}: exit {process.ExitCode} after {stopwatch.Elapsed.TotalSeconds:F1} s: {process.Output}");
            Assert.Equal(1, process.ExitCode);
            AssertOneLineError(process.Output, "read-only");
            Assert.DoesNotContain("in progress", process.Output, StringComparison.OrdinalIgnoreCase);
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(8), $"{writer[0]} took {stopwatch.Elapsed} to fail");
        }

        foreach (var reader in new[] { "stats", "status", "runs" })
        {
            var (exit, text, error) = await CliHarness.RunAsync(reader, "--json", "--data-dir", dataDir);
            Assert.True(exit == 0, $"{reader}: {error}");
            Assert.Equal(string.Empty, error);
            using var _ = JsonDocument.Parse(text);
        }

        Assert.Equal(20, await StoredAsync(dataDir));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    private static void AssertOneLineError(string output, string cause)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal));
        Assert.DoesNotContain("unexpected", output, StringComparison.Ordinal);
        var error = Assert.Single(lines, l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains(cause, error, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string[]> CrawlArgsAsync(LoopbackSite site, string dataDir)
    {
        var config = temp.Combine("pipeline.json");
        await File.WriteAllTextAsync(config, """{ "Crawl": { "DefaultDelay": "00:00:00" } }""");
        return ["crawl", "--feed", site.Url("/rss.xml").AbsoluteUri, "--allow-private", "--data-dir", dataDir, "--config", config];
    }

    private static async Task<int> StoredAsync(string dataDir)
    {
        var (exit, text, error) = await CliHarness.RunAsync("stats", "--json", "--data-dir", dataDir);
        Assert.True(exit == 0, error);
        using var stats = JsonDocument.Parse(text);
        return stats.RootElement.GetProperty("articles").GetInt32();
    }
}
