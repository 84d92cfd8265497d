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

    /// <summary>Addresses of the stored articles.</summary>
    internal IReadOnlySet<string> Stored { get; private set; } = new HashSet<string>();

    public async Task InitializeAsync()
    {
        Site = await SmallDemoSite.StartAsync(perOutlet: 3);
        Summary = await Site.CrawlAsync(data.Path, Site.Site.EndPoint);
        Stored = StoredUrls(data.Path);
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    public void Dispose() => data.Dispose();

    internal static HashSet<string> StoredUrls(string dataDir)
    {
        using var connection = new SqliteConnection($"Data Source={new DataDirectory(dataDir).DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT url FROM articles";
        using var reader = command.ExecuteReader();
        var urls = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            urls.Add(reader.GetString(0));
        }

        return urls;
    }
}
