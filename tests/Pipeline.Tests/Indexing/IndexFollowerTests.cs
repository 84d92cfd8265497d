using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Pipeline.Configuration;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;
using Pipeline.Web;

namespace Pipeline.Tests.Indexing;

/// <summary>
/// A search node: <c>pipeline serve</c> with an empty data directory of its own on a PostgreSQL store that crawler
/// nodes write. Its index is built from the store at start and follows it.
/// </summary>
/// <param name="server">The server, started on first use.</param>
[RequiresPostgres]
[Trait("Category", "Slow")]
public sealed class IndexFollowerTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly TempDirectory temp = new();

    [StoreFact]
    public async Task Serve_EmptyIndexOnPostgresStore_BuildsItThenNewArticlesSearchableWithinTheInterval()
    {
        var store = new StoreOptions { Provider = StoreOptions.Postgres, ConnectionString = await server.CreateDatabaseAsync() };
        await using (var site = await SmallDemoSite.StartAsync(perOutlet: 2))
        {
            await site.CrawlAsync(temp.Combine("crawler"), site.Site.EndPoint, store);
        }

        var stores = await StoreFactory.OpenAsync(store, new DataDirectory(temp.Path), StoreAccess.Existing, TimeProvider.System);
        var first = await stores.Articles.ReadAfterAsync(0, 1000);
        Assert.NotEmpty(first);
        var settings = new PipelineSettings { DataDir = temp.Combine("search-node"), Store = store };
        settings.Web.Urls = "http://127.0.0.1:0";
        settings.Web.RateLimitPerMinute = 0;
        settings.Serve.IndexFollowInterval = Interval;
        var archive = await WebArchive.OpenAsync(ShippedServices.For(settings));
        await using var app = WebApp.Create(settings, archive);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First() + "/") };

        Assert.True(await SearchableWithinAsync(client, first[^1], TimeSpan.FromSeconds(30)), "the node's index was not built from the store");
        Assert.Equal(first[^1].Sequence, archive.IndexedSequence());

        await using (var site = await SmallDemoSite.StartAsync(perOutlet: 3))
        {
            await site.CrawlAsync(temp.Combine("crawler"), site.Site.EndPoint, store);
        }

        var added = await stores.Articles.ReadAfterAsync(first[^1].Sequence, 1000);
        Assert.NotEmpty(added);
        var stored = Stopwatch.StartNew();
        // One interval, plus the catch-up's own work and the searcher's once-a-second recheck, on a shared machine.
        Assert.True(await SearchableWithinAsync(client, added[^1], Interval * 10), $"not searchable {stored.Elapsed} after it was stored");
    }

    public void Dispose() => temp.Dispose();

    private static async Task<bool> SearchableWithinAsync(HttpClient client, StoredArticle article, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var query = Uri.EscapeDataString("\"" + article.Title + "\"");
        while (clock.Elapsed < limit)
        {
            using var response = await client.GetAsync(new Uri($"api/search?q={query}&limit=50", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var results = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                if (results.RootElement.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetString() == article.Id))
                {
                    return true;
                }
            }

            await Task.Delay(100);
        }

        return false;
    }
}
