using Microsoft.Data.Sqlite;
using Pipeline.Running;
using Pipeline.Storage;

namespace Pipeline.Tests.Fixtures;

/// <summary>A small demo site and what a crawl straight to it (no proxy) stores: the reference a faulty network is held to.</summary>
public sealed class DirectDemoCrawl : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory data = new();

    internal SmallDemoSite Site { get; private set; } = null!;

    internal RunSummary Summary { get; private set; } = null!;

    /// <summary>
    /// Titles of the stored articles with the address each was stored under. The demo's aggregator republishes some
    /// articles, and the crawl keeps whichever copy it fetched first, so a title, not an address, says what was stored.
    /// </summary>
    internal IReadOnlyDictionary<string, string> Stored { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        Site = await SmallDemoSite.StartAsync(perOutlet: 3);
        Summary = await Site.CrawlAsync(data.Path, Site.Site.EndPoint);
        Stored = StoredTitles(data.Path);
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    public void Dispose() => data.Dispose();

    /// <summary>Title to address of every stored article.</summary>
    internal static Dictionary<string, string> StoredTitles(string dataDir)
    {
        using var connection = new SqliteConnection($"Data Source={new DataDirectory(dataDir).DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT title, url FROM articles";
        using var reader = command.ExecuteReader();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            titles[reader.GetString(0)] = reader.GetString(1);
        }

        return titles;
    }
}
