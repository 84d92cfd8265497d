using System.Text.Json;
using Pipeline.Cli;

namespace Pipeline.Tests.Cli;

public sealed class BenchApiCommandTests : IDisposable
{
    private readonly TempDirectory work = new();

    [Fact]
    [Trait("Category", "Slow")]
    public async Task BenchApi_SmallIndexTwice_ReportsTheMaximumAndEachOpenLoopRateAndReusesTheIndex()
    {
        string[] args = ["bench", "api", "--articles", "1000", "--clients", "4", "--duration", "2", "--warm-up", "1", "--loads", "25,50", "--work-dir", work.Path, "--json"];

        var (exit, output, error) = await CliHarness.RunAsync(args);

        Assert.True(exit == 0, error);
        using (var first = JsonDocument.Parse(output))
        {
            var root = first.RootElement;
            Assert.False(root.GetProperty("indexReused").GetBoolean());
            var maximum = root.GetProperty("maxRequestsPerSecond").GetDouble();
            Assert.True(maximum > 0);
            Assert.Equal("closed", root.GetProperty("maximum").GetProperty("loop").GetString());
            Assert.Contains("child process", root.GetProperty("server").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("off", root.GetProperty("rateLimit").GetString(), StringComparison.Ordinal);
            var rates = root.GetProperty("rates").EnumerateArray().ToList();
            Assert.Equal([0.25, 0.5], rates.Select(r => r.GetProperty("load").GetDouble()));
            foreach (var rate in rates)
            {
                Assert.Equal("open", rate.GetProperty("loop").GetString());
                var offered = rate.GetProperty("offeredPerSecond").GetDouble();
                Assert.Equal(rate.GetProperty("load").GetDouble() * maximum, offered, 0.1 * offered + 0.1);
                Assert.Equal(Math.Floor(offered * 2), rate.GetProperty("sent").GetInt64(), 1.0);
                Assert.Equal(0, rate.GetProperty("errors").GetInt64());
                Assert.Equal(0, rate.GetProperty("unanswered").GetInt64());
                Assert.True(rate.GetProperty("p99Ms").GetDouble() >= rate.GetProperty("p50Ms").GetDouble());
                Assert.True(rate.GetProperty("meanHits").GetDouble() > 0, "sampled queries match articles");
                Assert.True(rate.GetProperty("serverCpuMs").GetDouble() > 0, "the server's processor time is measured apart");
                Assert.True(rate.GetProperty("clientCpuMs").GetDouble() > 0, "the client's processor time is measured");
            }
        }

        (exit, output, error) = await CliHarness.RunAsync([.. args[..^5], "--loads", "25", "--work-dir", work.Path, "--json"]);

        Assert.True(exit == 0, error);
        using var second = JsonDocument.Parse(output);
        Assert.True(second.RootElement.GetProperty("indexReused").GetBoolean());
        Assert.Single(second.RootElement.GetProperty("rates").EnumerateArray());
    }

    [Theory]
    [InlineData("--loads", "25,0")]
    [InlineData("--loads", "25,abc")]
    [InlineData("--duration", "1")]
    [InlineData("--clients", "0")]
    public async Task BenchApi_ValueOutOfRange_ExitsWithUsageBeforeBuildingAnything(string flag, string value)
    {
        var (exit, _, error) = await CliHarness.RunAsync("bench", "api", flag, value, "--work-dir", work.Path, "--json");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(flag, error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work.Path));
    }

    [Fact]
    public void ParseLoads_PercentsWithSpacesAndSigns_ReturnsFractions()
    {
        Assert.Equal([0.25, 0.5, 0.8], BenchApiCommand.ParseLoads("25, 50%,80"));
    }

    public void Dispose() => work.Dispose();
}
