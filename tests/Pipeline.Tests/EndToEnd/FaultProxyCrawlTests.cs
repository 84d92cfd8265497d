using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;
using Xunit.Abstractions;

namespace Pipeline.Tests.EndToEnd;

/// <summary>
/// Crawls of the demo site through a TCP proxy that slows, slices, throttles or resets the connections: each
/// run completes, and stores every article the direct crawl stores or records in the run history why not.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FaultProxyCrawlTests(DirectDemoCrawl direct, ITestOutputHelper output) : IClassFixture<DirectDemoCrawl>, IDisposable
{
    private readonly TempDirectory data = new();

    [Theory]
    [InlineData(FaultMode.Latency)]
    [InlineData(FaultMode.OneByteSlices)]
    [InlineData(FaultMode.BandwidthCap)]
    public async Task Crawl_SlowSlicedOrThrottledConnections_StoresEveryArticleTheDirectCrawlStores(FaultMode mode)
    {
        await using var proxy = FaultProxy.Start(direct.Site.Site.EndPoint, mode);
        var stopwatch = Stopwatch.StartNew();

        var summary = await direct.Site.CrawlAsync(data.Path, proxy.EndPoint);

        output.WriteLine($"{mode}: {stopwatch.Elapsed.TotalSeconds:F1} s, {proxy.Connections} connections, {summary.Run.New} new, {summary.Run.Failed} failed");
        Assert.NotEmpty(direct.Stored);
        Assert.True(proxy.Connections > 0);
        Assert.Equal(direct.Summary.Run.Status, summary.Run.Status);
        Assert.Equal(direct.Stored.Keys.Order(StringComparer.Ordinal), DirectDemoCrawl.StoredTitles(data.Path).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(direct.Summary.Run.Failed, summary.Run.Failed);
        Assert.Equal(direct.Summary.IndexedTotal, summary.IndexedTotal);
    }

    [Fact]
    public async Task Crawl_ConnectionsResetMidBody_StoresEachArticleOrRecordsWhyNot()
    {
        await using var proxy = FaultProxy.Start(direct.Site.Site.EndPoint, FaultMode.ResetMidBody);

        var summary = await direct.Site.CrawlAsync(data.Path, proxy.EndPoint);

        var stored = DirectDemoCrawl.StoredTitles(data.Path);
        var missing = direct.Stored.Where(d => !stored.ContainsKey(d.Key)).Select(d => d.Value).ToList();
        output.WriteLine($"ResetMidBody: {proxy.Resets} resets of {proxy.Connections} connections, {summary.Run.New} new, {summary.Run.Failed} failed, missing {missing.Count}");
        Assert.True(proxy.Resets > 0, "the proxy reset no connection");
        Assert.Equal(summary.StoredTotal, summary.IndexedTotal);
        Assert.Subset(direct.Stored.Keys.ToHashSet(StringComparer.Ordinal), stored.Keys.ToHashSet(StringComparer.Ordinal));
        await using var connection = new SqliteConnection($"Data Source={new DataDirectory(data.Path).DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        foreach (var url in missing)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT state || ': ' || COALESCE(reason, '') FROM frontier WHERE url = $url";
            command.Parameters.AddWithValue("$url", url);
            var state = await command.ExecuteScalarAsync() as string;
            Assert.True(state is not null && state.StartsWith("failed: ", StringComparison.Ordinal) && state.Length > "failed: ".Length, $"{url} is neither stored nor failed with a reason: {state ?? "not in the frontier"}");
        }

        await using var history = connection.CreateCommand();
        history.CommandText = "SELECT failed, COALESCE(errors, '') FROM runs WHERE id = $id";
        history.Parameters.AddWithValue("$id", summary.Run.Id);
        await using var reader = await history.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.True(reader.GetInt32(0) >= missing.Count, $"run history counts {reader.GetInt32(0)} failures for {missing.Count} missing articles");
        if (missing.Count > 0)
        {
            Assert.NotEqual(string.Empty, reader.GetString(1));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        data.Dispose();
    }
}
