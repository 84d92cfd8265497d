namespace Pipeline.Tests.Cli;

public sealed class PipelineCliTests
{
    [Fact]
    public async Task RunAsync_UnknownCommand_PrintsHelpAndExits2()
    {
        var (exit, output, error) = await CliHarness.RunAsync("frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownFlag_PrintsHelpAndExits2()
    {
        var (exit, output, error) = await CliHarness.RunAsync("search", "hợp tác", "--no-such-flag");

        Assert.Equal(2, exit);
        Assert.Contains("--no-such-flag", error, StringComparison.Ordinal);
        Assert.Contains("search", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LimitOutOfRange_Exits2()
    {
        var (exit, _, error) = await CliHarness.RunAsync("search", "y tế", "--limit", "0");

        Assert.Equal(2, exit);
        Assert.Contains("--limit", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("demo", "--help")]
    [InlineData("search", "--help")]
    [InlineData("stats", "--help")]
    public async Task RunAsync_Help_Exits0WithUsage(params string[] args)
    {
        var (exit, output, _) = await CliHarness.RunAsync(args);

        Assert.Equal(0, exit);
        Assert.Contains("--data-dir", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_MissingDataDir_ClearMessageExit1()
    {
        using var temp = new TempDirectory();

        var (exit, _, error) = await CliHarness.RunAsync("search", "hợp tác", "--data-dir", temp.Combine("missing"));

        Assert.Equal(1, exit);
        Assert.Contains("There is no data directory", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_CorruptDatabase_ClearMessageExit1()
    {
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.Combine("pipeline.db"), "this is not an sqlite file, just text pretending to be one");

        var (exit, _, error) = await CliHarness.RunAsync("stats", "--data-dir", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("not a pipeline database or is damaged", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_DataDirWithoutDatabase_ClearMessageExit1()
    {
        using var temp = new TempDirectory();

        var (exit, _, error) = await CliHarness.RunAsync("stats", "--data-dir", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("There is no pipeline database", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_DataDirIsAFile_ClearMessageExit1()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("a-file");
        await File.WriteAllTextAsync(file, "x");

        var (exit, _, error) = await CliHarness.RunAsync("demo", "--data-dir", file);

        Assert.Equal(1, exit);
        Assert.Contains("is a file, not a directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_InvalidConfiguration_ListsProblemsExit1()
    {
        using var temp = new TempDirectory();
        var config = temp.Combine("pipeline.json");
        await File.WriteAllTextAsync(config, """{ "Fetcher": { "MaxRedirects": 50 }, "Crawl": { "MaxAttempts": 0 } }""");

        var (exit, _, error) = await CliHarness.RunAsync("demo", "--config", config, "--data-dir", temp.Combine("data"));

        Assert.Equal(1, exit);
        Assert.Contains("fetcher:", error, StringComparison.Ordinal);
        Assert.Contains("crawl:", error, StringComparison.Ordinal);
    }
}
