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

    [Fact]
    public async Task Serve_RealProcess_AnswersThenStopsOnSigterm()
    {
        _ = await Pipeline.Storage.PipelineDatabase.OpenAsync(new Pipeline.Storage.DataDirectory(data.Path).DatabasePath, create: true, TimeProvider.System);
        using var server = Fixtures.DaemonProcess.Start(["serve", "--data-dir", data.Path, "--urls", "http://127.0.0.1:0"]);
        var started = await server.WaitForLineAsync(l => l.Contains("http://127.0.0.1:", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var url = System.Text.RegularExpressions.Regex.Match(started, @"http://127\.0\.0\.1:\d+").Value;

        using (var client = new HttpClient())
        {
            // No index yet: the page says so instead of failing.
            using var response = await client.GetAsync(new Uri(url + "/?q=y"));
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("Chưa có chỉ mục", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        server.Terminate();

        Assert.True(await server.WaitForExitAsync(TimeSpan.FromSeconds(30)), "serve did not stop on SIGTERM:\n" + server.Output);
        Assert.Equal(0, server.ExitCode);
    }

    public void Dispose() => data.Dispose();
}
