using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Pipeline.Storage;

namespace Pipeline.Tests.Cli;

/// <summary>
/// A data directory that cannot be written. Tests run as root in CI, and root ignores permission bits, so
/// <c>chmod</c> proves nothing there. Instead the file the command must create is taken by a directory of the
/// same name (<c>pipeline.db-wal</c>, <c>run.lock</c>): opening a directory as a file fails for every user
/// (EISDIR), the way a read-only file system fails every open for writing.
/// </summary>
public sealed class CommandGuardTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private string DataDir => temp.Combine("data");

    [Theory]
    [InlineData("index")]
    [InlineData("serve", "--urls", "http://127.0.0.1:0")]
    public async Task RunAsync_WalFileCannotBeCreated_OneLineErrorNamingTheDirectoryAndFile(string command, params string[] extra)
    {
        await CreateDatabaseAsync();
        Directory.CreateDirectory(new DataDirectory(DataDir).DatabasePath + "-wal");

        var (exit, _, error) = await CliHarness.RunAsync([command, .. extra, "--data-dir", DataDir]);

        AssertOneLineStorageError(exit, error, "pipeline.db-wal");
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("status")]
    [InlineData("runs")]
    public async Task RunAsync_ReadingCommandWithAnUncreatableWalFile_ReadsTheDatabaseReadOnly(string command)
    {
        await CreateDatabaseAsync();
        Directory.CreateDirectory(new DataDirectory(DataDir).DatabasePath + "-wal");

        var (exit, output, error) = await CliHarness.RunAsync(command, "--json", "--data-dir", DataDir);

        Assert.True(exit == 0, error);
        Assert.Equal(string.Empty, error);
        Assert.NotEqual(string.Empty, output.Trim());
    }

    [Fact]
    public async Task RunAsync_CrawlWithAnUncreatableLockFile_FailsAtOnceWithoutWaitingForAnotherRun()
    {
        Directory.CreateDirectory(Path.Combine(DataDir, "run.lock"));
        var stopwatch = Stopwatch.StartNew();

        // Port 9 is never reached: the lock is taken before any fetch.
        var (exit, _, error) = await CliHarness.RunAsync("crawl", "--feed", "http://127.0.0.1:9/rss.xml", "--allow-private", "--data-dir", DataDir);

        stopwatch.Stop();
        AssertOneLineStorageError(exit, error, "run.lock");
        Assert.DoesNotContain("in progress", error, StringComparison.OrdinalIgnoreCase);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task RunAsync_DemoWithAnUncreatableLockFile_FailsAtOnceWithoutWaitingForAnotherRun()
    {
        Directory.CreateDirectory(Path.Combine(DataDir, "run.lock"));
        var stopwatch = Stopwatch.StartNew();

        var (exit, _, error) = await CliHarness.RunAsync("demo", "--data-dir", DataDir);

        stopwatch.Stop();
        AssertOneLineStorageError(exit, error, "run.lock");
        Assert.DoesNotContain("in progress", error, StringComparison.OrdinalIgnoreCase);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task RunAsync_CrawlWithAnUncreatableWalFile_OneLineErrorNamingTheDirectory()
    {
        await CreateDatabaseAsync();
        Directory.CreateDirectory(new DataDirectory(DataDir).DatabasePath + "-wal");

        var (exit, _, error) = await CliHarness.RunAsync("crawl", "--feed", "http://127.0.0.1:9/rss.xml", "--allow-private", "--data-dir", DataDir);

        AssertOneLineStorageError(exit, error, "pipeline.db-wal");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    private void AssertOneLineStorageError(int exit, string error, string file)
    {
        Assert.True(exit == 1, error);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", error, StringComparison.Ordinal);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(DataDir, line, StringComparison.Ordinal);
        Assert.Contains(file, line, StringComparison.Ordinal);
    }

    /// <summary>A migrated database made by the program itself; closing every connection removes its -wal file.</summary>
    private async Task CreateDatabaseAsync()
    {
        var data = new DataDirectory(DataDir);
        data.EnsureExists();
        _ = await PipelineDatabase.OpenAsync(data.DatabasePath, create: true, TimeProvider.System);
        SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(data.DatabasePath + "-wal"));
    }
}
