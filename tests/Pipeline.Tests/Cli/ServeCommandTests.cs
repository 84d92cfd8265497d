namespace Pipeline.Tests.Cli;

public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Fact]
    public async Task Serve_NoDataDirectory_OneLineAndExitCode1()
    {
        var (exit, _, error) = await CliHarness.RunAsync("serve", "--data-dir", data.Combine("missing"), "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: There is no data directory", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Serve_UrlWithPath_RefusedAtStart()
    {
        var (exit, _, error) = await CliHarness.RunAsync("serve", "--data-dir", data.Path, "--urls", "http://127.0.0.1:5080/app");

        Assert.Equal(1, exit);
        Assert.Contains("Urls", error, StringComparison.Ordinal);
    }

    public void Dispose() => data.Dispose();
}
