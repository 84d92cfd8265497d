using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Index;
using Npgsql;
using Pipeline.Demo;
using Pipeline.Indexer.Schema;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;
using Xunit.Abstractions;

namespace Pipeline.Tests.EndToEnd;

/// <summary>
/// Three real <c>pipeline crawl</c> processes on one PostgreSQL store against the demo site, its four outlets with
/// their robots.txt Crawl-delay, and the node that first fetches articles killed with kill -9 mid-run. The demo site
/// logs every request with the node that made it, so politeness is checked from the site's side.
/// </summary>
/// <param name="server">The throw-away PostgreSQL server.</param>
/// <param name="output">Where the figures of the run are written.</param>
[RequiresPostgres]
[Trait("Category", "Slow")]
public sealed class ThreeNodeCrawlTests(PostgresServer server, ITestOutputHelper output) : IClassFixture<PostgresServer>, IDisposable
{
    private static readonly string[] Nodes = ["NodeA", "NodeB", "NodeC"];
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly TempDirectory temp = new();

    [StoreFact]
    public async Task Crawl_ThreeNodesOneKilled_EveryArticleOnceNoHostSharedSurvivorsFinishAndIndexesEqualTheStore()
    {
        await using var site = await SmallDemoSite.StartAsync(perOutlet: 5);
        // What one node alone stores from the same site: the number the cluster must reach.
        var expected = (await site.CrawlAsync(temp.Combine("reference"), site.Site.EndPoint)).StoredTotal;
        var log = new ConcurrentQueue<DemoRequest>();
        site.Site.Served += log.Enqueue;
        var store = new StoreOptions { Provider = StoreOptions.Postgres, ConnectionString = await server.CreateDatabaseAsync() };
        var sources = await WriteSourcesAsync(site.Site);

        var processes = Nodes.ToDictionary(n => n, n => DaemonProcess.Start(["crawl", "--sources", sources, "--json", "--data-dir", temp.Combine(n), "--config", WriteConfig(n, store, site.Site)]));
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var victim = await FirstToFetchArticlesAsync(log, processes);
            await processes[victim].KillAsync();
            var killedAt = DateTimeOffset.UtcNow;
            output.WriteLine($"{victim} killed at {stopwatch.Elapsed.TotalSeconds:0.0} s after {log.Count(r => r.Agent == victim)} requests");

            var survivors = Nodes.Where(n => n != victim).ToList();
            foreach (var node in survivors)
            {
                Assert.True(await processes[node].WaitForExitAsync(Patience), $"{node} did not finish:\n{processes[node].Output}");
                Assert.True(processes[node].ExitCode == 0, $"{node} failed:\n{processes[node].Output}");
            }

            output.WriteLine($"survivors done at {stopwatch.Elapsed.TotalSeconds:0.0} s; {log.Count} requests: " + string.Join(", ", log.GroupBy(r => r.Agent).Select(g => $"{g.Key} {g.Count()}")));

            // Every article once: as many as one node alone stores, no address or text twice.
            var ids = await StoreIdsAsync(store);
            Assert.Equal(expected, ids.Count);
            Assert.Equal(0L, await ScalarAsync(store, "SELECT COUNT(*) - COUNT(DISTINCT url) FROM articles"));
            Assert.Equal(0L, await ScalarAsync(store, "SELECT COUNT(*) - COUNT(DISTINCT content_hash) FROM articles"));

            // No host asked two things at once, whichever nodes asked; the victim's hosts went on after it died.
            AssertNoOverlap(log);
            Assert.Contains(log, r => r.Started > killedAt && survivors.Contains(r.Agent));

            // The runs of the survivors completed; every node's index, once caught up, holds exactly the store.
            Assert.Equal(2L, await ScalarAsync(store, $"SELECT COUNT(*) FROM runs WHERE status IN ('{RunStatus.Succeeded}', '{RunStatus.Partial}')"));
            foreach (var node in Nodes)
            {
                var (exit, _, error) = await CliHarness.RunAsync("index", "--data-dir", temp.Combine(node), "--config", temp.Combine(node + ".json"));
                Assert.True(exit == 0, error);
                Assert.Equal(ids, IndexIds(new DataDirectory(temp.Combine(node)).IndexPath));
            }
        }
        finally
        {
            foreach (var process in processes.Values.Where(p => !p.HasExited))
            {
                await process.KillAsync();
            }

            foreach (var process in processes.Values)
            {
                process.Dispose();
            }
        }
    }

    public void Dispose() => temp.Dispose();

    /// <summary>
    /// The first node still running that has fetched two articles. A node may end early and rightly so: with the
    /// hosts all leased to the others and nothing else waiting, its run is done.
    /// </summary>
    private static async Task<string> FirstToFetchArticlesAsync(ConcurrentQueue<DemoRequest> log, Dictionary<string, DaemonProcess> processes)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < Patience)
        {
            Assert.All(processes.Where(p => p.Value.HasExited), p => Assert.True(p.Value.ExitCode == 0, $"{p.Key} failed:\n{p.Value.Output}"));
            var running = processes.Where(p => !p.Value.HasExited).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            Assert.True(running.Count > 0, "every node ended before one fetched two articles");
            if (log.Where(r => r.Path.EndsWith(".htm", StringComparison.Ordinal) && running.Contains(r.Agent)).GroupBy(r => r.Agent).FirstOrDefault(g => g.Count() >= 2) is { } first)
            {
                return first.Key;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("no node fetched two articles");
    }

    private static void AssertNoOverlap(IEnumerable<DemoRequest> log)
    {
        foreach (var host in log.GroupBy(r => r.Host))
        {
            var requests = host.OrderBy(r => r.Started).ToList();
            foreach (var (earlier, later) in requests.Zip(requests.Skip(1)))
            {
                Assert.True(later.Started >= earlier.Ended, $"{host.Key}: {earlier.Agent} {earlier.Path} and {later.Agent} {later.Path} overlapped");
            }
        }
    }

    private static SortedSet<string> IndexIds(string path)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                ids.Add(reader.Document(doc).Get(IndexFields.Id, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return ids;
    }

    private static async Task<SortedSet<string>> StoreIdsAsync(StoreOptions store)
    {
        await using var connection = new NpgsqlConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM articles", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<long> ScalarAsync(StoreOptions store, string sql)
    {
        await using var connection = new NpgsqlConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> WriteSourcesAsync(DemoSite site)
    {
        var path = temp.Combine("sources.json");
        var sources = site.Sources.Select(s => new
        {
            name = s.Name,
            feeds = s.Feeds.Select(u => u.AbsoluteUri),
            sitemaps = s.Sitemaps.Select(u => u.AbsoluteUri),
            articlePattern = s.ArticlePattern,
            allowPrivate = true,
        });
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new { version = 1, sources }));
        return path;
    }

    /// <summary>A node's settings: the shared store, its own product token, the outlets resolved to the demo site, short leases.</summary>
    private string WriteConfig(string node, StoreOptions store, DemoSite site)
    {
        var path = temp.Combine(node + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            Store = new { store.Provider, store.ConnectionString },
            Node = new { Name = node },
            Fetcher = new
            {
                UserAgent = node + "/1.0",
                Resolve = site.HostOverrides.ToDictionary(kv => kv.Key, kv => kv.Value.ToString()),
                RetryBaseDelay = "00:00:00.020",
            },
            Crawl = new { MaxParallelHosts = 2, HostLeaseDuration = Lease.ToString("c", System.Globalization.CultureInfo.InvariantCulture) },
        }));
        return path;
    }
}
