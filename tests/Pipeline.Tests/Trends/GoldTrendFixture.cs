using Pipeline.Analysis.Trends;
using Pipeline.Corpus;
using Pipeline.Demo;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.Trends;

/// <summary>
/// Two data directories built from the gold corpus with its gold facts: "gold" holds the 164 articles; "copies" also
/// holds a near-copy of each of the five articles the demo site syndicates (another outlet, a changed title, a source
/// line added, published a day later), the case content hashes cannot catch.
/// </summary>
public sealed class GoldTrendFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory temp = new();

    internal IReadOnlyList<GoldArticle> Gold { get; private set; } = [];

    internal IReadOnlyList<GoldArticle> Syndicated { get; private set; } = [];

    public string GoldDataDir => temp.Combine("gold");

    public string CopiesDataDir => temp.Combine("copies");

    internal PipelineDatabase GoldDatabase { get; private set; } = null!;

    internal PipelineDatabase CopiesDatabase { get; private set; } = null!;

    internal static string IdOf(GoldArticle article) => SqliteArticleStore.IdFor(new Uri(article.Url));

    internal static string CopyIdOf(GoldArticle article) => SqliteArticleStore.IdFor(CopyUrl(article));

    internal TrendService Service(bool withCopies = false) =>
        new(new SqliteTrendStore(withCopies ? CopiesDatabase : GoldDatabase), ShippedServices.Topics.Taxonomy);

    public async Task InitializeAsync()
    {
        var demo = DemoArticleReader.ReadDirectory(GoldCorpus.DefaultDirectory);
        Gold = GoldCorpus.From(demo);
        var syndicated = new DemoSiteBuilder(demo).Syndicated.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        Syndicated = Gold.Where(g => syndicated.Contains(g.Source.Slug)).ToList();

        GoldDatabase = await CreateAsync(GoldDataDir, Gold.Select(GoldImport.From));
        CopiesDatabase = await CreateAsync(CopiesDataDir, Gold.Select(GoldImport.From).Concat(Syndicated.Select(CopyOf)));
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    /// <summary>A republished copy: the portal's own title and address, a source line at the end, one day later.</summary>
    internal static ImportedArticle CopyOf(GoldArticle original) =>
        GoldImport.From(original) with
        {
            Url = CopyUrl(original),
            Outlet = DemoOutlet.Get("hoptacyte").Name,
            Title = "Tin tổng hợp: " + original.Source.Title,
            Paragraphs = [.. original.Source.Paragraphs, $"Theo {original.OutletName}."],
            Published = original.Source.Published.AddDays(1),
        };

    private static Uri CopyUrl(GoldArticle original) => new($"http://hoptacyte.demo.localhost/tin-tong-hop/{original.Source.Slug}.htm");

    private static async Task<PipelineDatabase> CreateAsync(string directory, IEnumerable<ImportedArticle> articles)
    {
        Directory.CreateDirectory(directory);
        var database = await PipelineDatabase.OpenAsync(new DataDirectory(directory).DatabasePath, create: true, TimeProvider.System);
        await new SqliteArticleStore(database, TimeProvider.System).ImportAsync(articles);
        return database;
    }
}
