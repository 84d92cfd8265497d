using System.Text.Json;

namespace Pipeline.Tests.Cli;

[Trait("Category", "Slow")]
public sealed class BenchApiCommandTests : IDisposable
{
    private readonly TempDirectory work = new();

    [Fact]
    public async Task BenchApi_SmallIndexTwice_ReportsLatencyWithoutErrorsAndReusesTheIndex()
    {
        string[] args = ["bench", "api", "--articles", "1000", "--clients", "4", "--duration", "5", "--warm-up", "2", "--work-dir", work.Path, "--json"];

        var (exit, output, error) = await CliHarness.RunAsync(args);

        Assert.True(exit == 0, error);
        using (var first = JsonDocument.Parse(output))
        {
            var root = first.RootElement;
            Assert.False(root.GetProperty("indexReused").GetBoolean());
            Assert.True(root.GetProperty("requests").GetInt64() > 0);
            Assert.Equal(0, root.GetProperty("errors").GetInt64());
            Assert.Equal(0, root.GetProperty("tooManyRequests").GetInt64());
            Assert.True(root.GetProperty("meanHits").GetDouble() > 0, "sampled queries match articles");
            Assert.True(root.GetProperty("p99Ms").GetDouble() >= root.GetProperty("p50Ms").GetDouble());
            Assert.StartsWith("off", root.GetProperty("rateLimit").GetString(), StringComparison.Ordinal);
        }

        (exit, output, error) = await CliHarness.RunAsync(args);

        Assert.True(exit == 0, error);
        using var second = JsonDocument.Parse(output);
        Assert.True(second.RootElement.GetProperty("indexReused").GetBoolean());
    }

    public void Dispose() => work.Dispose();
}
