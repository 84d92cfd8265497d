using Microsoft.Extensions.DependencyInjection;
using Pipeline.Archived;
using Pipeline.Composition;
using Pipeline.Indexer.Search;
using Pipeline.Storage;

namespace Pipeline.Web;

/// <summary>What the web app reads, in one place: the store (articles, frontier, runs) and the index's latest commit.</summary>
internal sealed class WebArchive : IDisposable
{
    private readonly IndexSnapshots snapshots;

    // Searches are processor work in synchronous Lucene code: one per core at a time, in arrival order, on threads
    // of their own so the thread pool stays free to read requests and write answers.
    private readonly SearchThreads searchThreads = new(Environment.ProcessorCount);

    private readonly Configuration.PipelineSettings settings;

    private readonly WarcLocator copies;

    private WebArchive(IServiceProvider services, DataDirectory data, PipelineStores stores)
    {
        settings = services.GetRequiredService<Configuration.PipelineSettings>();
        Data = data;
        Stores = stores;
        var taxonomy = services.GetRequiredService<Analysis.Topics.Taxonomy>();
        Labels = new Labels(taxonomy, services.GetRequiredService<Analysis.Facts.FactAnalyzer>().Gazetteer);
        Partners = services.GetRequiredService<Querying.QueryPartners>();
        TimeProvider = services.GetRequiredService<TimeProvider>();
        Articles = stores.Articles;
        Trends = services.GetRequiredService<Analysis.Trends.TrendService>();
        snapshots = new IndexSnapshots(data.IndexPath, TimeProvider);
        copies = new WarcLocator(data.RawPath);
    }

    public DataDirectory Data { get; }

    /// <summary>The stores of the configured provider.</summary>
    public PipelineStores Stores { get; }

    public IArticleStore Articles { get; }

    public Labels Labels { get; }

    /// <summary>The partner keys of what users type in the partner filter.</summary>
    public Querying.QueryPartners Partners { get; }

    /// <summary>The trends of <c>pipeline trends</c>, over the store's fact tables.</summary>
    public Analysis.Trends.TrendService Trends { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Opens the store (on SQLite, the data directory must exist; on PostgreSQL it is created); the index may come later.</summary>
    /// <exception cref="StorageException">No data directory or database, or a damaged one.</exception>
    /// <param name="services">The services of <see cref="PipelineServiceCollectionExtensions.AddPipeline(Microsoft.Extensions.DependencyInjection.IServiceCollection, Configuration.PipelineSettings)"/>.</param>
    /// <param name="cancellationToken">Stops the open.</param>
    public static async Task<WebArchive> OpenAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = services.GetRequiredService<Configuration.PipelineSettings>();
        var data = services.GetRequiredService<DataDirectory>();
        if (settings.Store.IsPostgres)
        {
            // A search node on a shared store starts with nothing of its own: its index is built from the store.
            data.EnsureExists();
        }
        else
        {
            data.RequireExisting();
        }

        var stores = await services.GetRequiredService<StoreConnection>().OpenAsync(StoreAccess.Existing, cancellationToken);
        return new WebArchive(services, data, stores);
    }

    /// <summary>Display names of partner keys as the facts write them (gazetteer partners get their gazetteer name first).</summary>
    public Task<IReadOnlyDictionary<string, string>> PartnerNamesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Stores.PartnerNames.FindAsync(keys, cancellationToken);

    /// <summary>What <c>pipeline status</c> reports: schedule, run in progress, last run, store, index, problems.</summary>
    public Task<Status.PipelineStatus> StatusAsync(CancellationToken cancellationToken = default) =>
        new Status.StatusReader(settings, TimeProvider).ReadAsync(cancellationToken);

    /// <summary>The searcher of one request over the latest index commit.</summary>
    /// <exception cref="Indexer.IndexUnavailableException">No index yet, or a damaged one.</exception>
    public IndexSnapshots.Lease Searcher() => snapshots.Acquire();

    /// <summary>The store sequence the index's latest commit reaches; 0 without a readable index.</summary>
    public long IndexedSequence()
    {
        try
        {
            using var lease = Searcher();
            return lease.Searcher.CommittedSequence;
        }
        catch (Indexer.IndexUnavailableException)
        {
            return 0;
        }
    }

    /// <summary>Runs a search over the latest index commit, at most one per core at a time.</summary>
    /// <exception cref="Indexer.IndexUnavailableException">No index yet, or a damaged one.</exception>
    /// <exception cref="SearchQueryException">The query cannot run.</exception>
    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        searchThreads.RunAsync(
            () =>
            {
                using var lease = Searcher();
                return lease.Searcher.Search(request);
            },
            cancellationToken);

    /// <summary>Similar articles, or none when the index does not hold the article (yet).</summary>
    public Task<IReadOnlyList<SearchHit>> SimilarAsync(string id, int limit, CancellationToken cancellationToken = default) =>
        searchThreads.RunAsync(
            () =>
            {
                try
                {
                    using var lease = Searcher();
                    return lease.Searcher.Contains(id) ? lease.Searcher.Similar(id, limit) : [];
                }
                catch (Indexer.IndexUnavailableException)
                {
                    return (IReadOnlyList<SearchHit>)[];
                }
            },
            cancellationToken);

    /// <summary>The archived copy an article was extracted from; null when the raw archive no longer holds it.</summary>
    /// <remarks>The raw archive is read synchronously (gzip), so off the request's thread.</remarks>
    public Task<ArchivedRecord?> CopyOfAsync(StoredArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Task.Run(() => copies.FindFor(article.Url, article.CanonicalUrl, article.FetchedAt), cancellationToken);
    }

    /// <summary>The archived page with this WARC record id; null when no file holds it (any more).</summary>
    public Task<ArchivedPage?> ArchivedPageAsync(Guid recordId, CancellationToken cancellationToken = default) =>
        Task.Run(() => copies.Find(recordId) is { } record ? WarcLocator.Read(record) : null, cancellationToken);

    public void Dispose()
    {
        snapshots.Dispose();
        searchThreads.Dispose();
    }
}
