using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Configuration;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.Crawler.Frontier;
using Pipeline.Running;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.EndToEnd;

/// <summary>
/// The real pipeline on a throw-away PostgreSQL server: a crawl then search and trends through the command line, and
/// crawler nodes sharing one database, each leasing hosts from the frontier.
/// </summary>
/// <param name="server">The server, started on first use.</param>
[RequiresPostgres]
[Trait("Category", "Slow")]
public sealed class PostgresCrawlTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(60);

    private readonly TempDirectory temp = new();

    [StoreFact]
    public async Task Crawl_DemoSiteIntoPostgres_SearchAndTrendsAnswerAsOnSqlite()
    {
        await using var site = await SmallDemoSite.StartAsync(perOutlet: 3);
        var store = new StoreOptions { Provider = StoreOptions.Postgres, ConnectionString = await server.CreateDatabaseAsync() };
        var config = temp.Combine("pipeline.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { Store = new { store.Provider, store.ConnectionString } }));

        var onPostgres = await site.CrawlAsync(temp.Combine("pg"), site.Site.EndPoint, store);
        var onSqlite = await site.CrawlAsync(temp.Combine("sqlite"), site.Site.EndPoint);

        Assert.True(onPostgres.Run.New > 0);
        Assert.Equal((onSqlite.Run.New, onSqlite.StoredTotal), (onPostgres.Run.New, onPostgres.StoredTotal));
        Assert.Equal(onPostgres.StoredTotal, onPostgres.IndexedTotal);
        Assert.False(File.Exists(new DataDirectory(temp.Combine("pg")).DatabasePath));

        var (exit, output, error) = await CliHarness.RunAsync("search", "hợp tác", "--json", "--limit", "100", "--config", config, "--data-dir", temp.Combine("pg"));
        Assert.True(exit == 0, error);
        using (var hits = JsonDocument.Parse(output))
        {
            Assert.True(hits.RootElement.GetProperty("total").GetInt32() > 0);
        }

        var pgTrends = await TrendsAsync("--config", config, "--data-dir", temp.Combine("pg"));
        var sqliteTrends = await TrendsAsync("--data-dir", temp.Combine("sqlite"));
        Assert.Equal(sqliteTrends, pgTrends);
        Assert.Contains("\"lines\"", pgTrends, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Crawl_TwoNodesOnOneDatabase_EachPageOnceAndNeverTwoRequestsToOneHostAtOnce()
    {
        await using var site = await MultiHostNews.StartAsync(hosts: 6, articlesPerHost: 4, latency: TimeSpan.FromMilliseconds(15));
        var store = new StoreOptions { Provider = StoreOptions.Postgres, ConnectionString = await server.CreateDatabaseAsync() };

        var runs = await Task.WhenAll(
            NodeRunner(store, "NodeA").RunAsync("crawl", site.Sources(Delay), site.HostOverrides, progress: null),
            NodeRunner(store, "NodeB").RunAsync("crawl", site.Sources(Delay), site.HostOverrides, progress: null));

        Assert.Equal(site.Articles, runs.Sum(r => r.Run.New));
        Assert.All(runs, r => Assert.Equal(site.Articles, r.StoredTotal));
        var articles = site.Log.Where(r => r.Path.StartsWith("/bai-", StringComparison.Ordinal)).ToList();
        Assert.Equal(site.Articles, articles.Count);
        Assert.Equal(site.Articles, articles.Select(r => (r.Host, r.Path)).Distinct().Count());
        Assert.Equal(["NodeA", "NodeB"], articles.Select(r => r.Agent).Distinct().Order(StringComparer.Ordinal));
        AssertPolite(site);
    }

    [StoreFact]
    public async Task Crawl_NodeDiesHoldingHosts_TheOtherFinishesThemAfterTheLeasesRunOut()
    {
        await using var site = await MultiHostNews.StartAsync(hosts: 3, articlesPerHost: 4, latency: TimeSpan.FromMilliseconds(10));
        var store = new StoreOptions { Provider = StoreOptions.Postgres, ConnectionString = await server.CreateDatabaseAsync() };
        var lease = TimeSpan.FromSeconds(2);
        var stores = await StoreFactory.OpenAsync(store, new DataDirectory(temp.Path), StoreAccess.Create, TimeProvider.System);
        var dying = new DyingLeases(stores.HostLeases!);
        using var death = new CancellationTokenSource();
        // Node A dies as its third article is asked for: its leases are neither renewed nor given back.
        var seen = 0;
        site.OnArticle = request =>
        {
            if (request.Agent == "NodeA" && Interlocked.Increment(ref seen) == 3)
            {
                dying.Die();
                death.Cancel();
            }
        };

        var nodeA = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Crawler(stores, dying, "NodeA", lease, site.HostOverrides).RunAsync(site.Sources(Delay), cancellationToken: death.Token));
        var diedAt = DateTimeOffset.UtcNow;
        var storedByA = (await stores.Articles.CountAsync()).Count;
        var held = site.Log.Where(r => r.Agent == "NodeA" && r.Path.StartsWith("/bai-", StringComparison.Ordinal)).Select(r => r.Host).Distinct().ToList();
        var reports = await Crawler(stores, stores.HostLeases!, "NodeB", lease, site.HostOverrides).RunAsync(site.Sources(Delay));

        Assert.NotNull(nodeA);
        // A node killed between storing an article and recording its address leaves the address due: the survivor asks
        // for it again and finds the article unchanged. Every address ends done, and only the dead node's can end so.
        var states = await stores.Frontier.CountByStateAsync();
        var shown = $"{string.Join(", ", states.Select(s => $"{s.Key} {s.Value}"))}; {storedByA} stored by the dead node; asked: {string.Join(" ", site.Log.Select(r => $"{r.Agent} {r.Host}{r.Path}"))}";
        Assert.True(site.Articles == (await stores.Articles.CountAsync()).Count, shown);
        Assert.True(states.GetValueOrDefault("fetched") + states.GetValueOrDefault("unchanged") == site.Articles, shown);
        Assert.True(states.GetValueOrDefault("unchanged") <= storedByA, shown);
        Assert.NotEmpty(held);
        foreach (var host in held)
        {
            // The dead node's host waited for its lease to run out: renewed every third of the lease, it lapsed at least
            // two thirds of a lease after the death.
            var first = site.Log.Where(r => r.Agent == "NodeB" && r.Host == host && r.Path.StartsWith("/bai-", StringComparison.Ordinal)).Min(r => r.Start);
            Assert.True(first >= diedAt + (lease * 2 / 3) - TimeSpan.FromMilliseconds(100), $"{host} taken {first - diedAt} after the death");
        }

        var pages = site.Log.Where(r => r.Path.StartsWith("/bai-", StringComparison.Ordinal)).GroupBy(r => (r.Host, r.Path)).ToList();
        Assert.Equal(site.Articles, pages.Count);
        // Only the pages in flight at the death (one per worker) may be asked twice.
        Assert.True(pages.Count(p => p.Count() > 1) <= 2, string.Join(", ", pages.Where(p => p.Count() > 1).Select(p => p.Key)));
        Assert.Equal(site.Articles - storedByA, reports.Sum(r => r.New));
        AssertPolite(site);
    }

    public void Dispose() => temp.Dispose();

    /// <summary>No two requests to one host overlap, and pages of one host are the delay apart whichever node asked.</summary>
    private static void AssertPolite(MultiHostNews site)
    {
        foreach (var host in site.Log.GroupBy(r => r.Host))
        {
            var requests = host.OrderBy(r => r.Start).ToList();
            foreach (var (earlier, later) in requests.Zip(requests.Skip(1)))
            {
                Assert.True(later.Start >= earlier.End, $"{host.Key}: {earlier.Agent} {earlier.Path} and {later.Agent} {later.Path} overlapped");
            }

            var pages = requests.Where(r => r.Path != "/robots.txt").ToList();
            foreach (var (earlier, later) in pages.Zip(pages.Skip(1)))
            {
                Assert.True(later.Start - earlier.End >= Delay - TimeSpan.FromMilliseconds(5), $"{host.Key}: {later.Agent} asked {later.Path} {(later.Start - earlier.End).TotalMilliseconds} ms after {earlier.Agent}'s {earlier.Path}");
            }
        }
    }

    private static async Task<string> TrendsAsync(params string[] options)
    {
        var (exit, output, error) = await CliHarness.RunAsync(["trends", "--by", "topic", "--interval", "year", "--json", .. options]);
        Assert.True(exit == 0, error);
        return output;
    }

    private PipelineRunner NodeRunner(StoreOptions store, string node)
    {
        var settings = new PipelineSettings { DataDir = temp.Combine(node), Store = store };
        settings.Crawl.MaxParallelHosts = 2;
        settings.Crawl.HostLeaseDuration = TimeSpan.FromSeconds(5);
        settings.Fetcher.UserAgent = node + "/1.0";
        return new PipelineRunner(settings, NullLoggerFactory.Instance, TimeProvider.System, ShippedServices.Topics) { NodeId = node };
    }

    private static CrawlRunner Crawler(PipelineStores stores, IHostLeases leases, string node, TimeSpan lease, IReadOnlyDictionary<string, System.Net.IPEndPoint> hostOverrides)
    {
        var fetcherOptions = new FetcherOptions { UserAgent = node + "/1.0" };
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance)
            .AddCrawlerHttp(fetcherOptions, hostOverrides)
            .BuildServiceProvider();
        var options = new CrawlOptions { MaxParallelHosts = 2, HostLeaseDuration = lease };
        return new CrawlRunner(
            services.GetRequiredService<IPageFetcher>(), stores.Frontier, stores.Articles, new ArticleExtractor(), options, TimeProvider.System,
            NullLogger<CrawlRunner>.Instance, leasing: new HostLeasing(leases, node, lease));
    }

    /// <summary>Leases that stop renewing and giving back when the node "dies", as a killed process would.</summary>
    private sealed class DyingLeases(IHostLeases inner) : IHostLeases
    {
        private volatile bool dead;

        public void Die() => dead = true;

        public Task<HostLease?> TryLeaseDueHostAsync(string node, IReadOnlyCollection<string> sources, DateTimeOffset dueBy, int maxAttempts, IReadOnlyCollection<string> exclude, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default) =>
            dead ? Task.FromResult<HostLease?>(null) : inner.TryLeaseDueHostAsync(node, sources, dueBy, maxAttempts, exclude, now, duration, cancellationToken);

        public Task<HostLease?> TryLeaseHostAsync(string node, string host, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default) =>
            dead ? Task.FromResult<HostLease?>(null) : inner.TryLeaseHostAsync(node, host, now, duration, cancellationToken);

        public Task<IReadOnlyCollection<string>> RenewAsync(string node, IReadOnlyCollection<string> hosts, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
            dead ? Task.FromResult<IReadOnlyCollection<string>>(hosts) : inner.RenewAsync(node, hosts, expiresAt, cancellationToken);

        public Task ReleaseAsync(string node, string host, DateTimeOffset? nextAllowedAt, CancellationToken cancellationToken = default) =>
            dead ? Task.CompletedTask : inner.ReleaseAsync(node, host, nextAllowedAt, cancellationToken);

        public Task<IReadOnlyList<FrontierEntry>> GetDueOnHostAsync(string host, IReadOnlyCollection<string> sources, DateTimeOffset dueBy, int maxAttempts, int limit, CancellationToken cancellationToken = default) =>
            inner.GetDueOnHostAsync(host, sources, dueBy, maxAttempts, limit, cancellationToken);

        public Task<DateTimeOffset?> NextExpiryAsync(string node, IReadOnlyCollection<string> sources, DateTimeOffset dueBy, int maxAttempts, IReadOnlyCollection<string> exclude, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            inner.NextExpiryAsync(node, sources, dueBy, maxAttempts, exclude, now, cancellationToken);
    }
}
