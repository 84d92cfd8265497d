using System.Text.Json;

namespace Pipeline.Tests.Trends;

public sealed class BenchTrendsTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task BenchTrends_SmallStoreKept_ReportsEveryAggregationThenReusesIt()
    {
        // Speed is measured by the command, never asserted here: this checks that it runs and reports every figure.
        var store = temp.Combine("store");

        var (exit, output, error) = await CliHarness.RunAsync("bench", "trends", "--articles", "1000", "--store", store, "--json");
        var (again, secondOutput, _) = await CliHarness.RunAsync("bench", "trends", "--store", store, "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1000, json.RootElement.GetProperty("articles").GetInt32());
        Assert.False(json.RootElement.GetProperty("reused").GetBoolean());
        var queries = json.RootElement.GetProperty("queries").EnumerateObject().Select(q => q.Name).ToList();
        Assert.Contains("counts by kind", queries);
        Assert.Contains("network", queries);
        Assert.Equal(9, queries.Count);
        Assert.Equal(0, again);
        using var second = JsonDocument.Parse(secondOutput);
        Assert.True(second.RootElement.GetProperty("reused").GetBoolean());
        Assert.Equal(1000, second.RootElement.GetProperty("articles").GetInt32());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        temp.Dispose();
    }
}
