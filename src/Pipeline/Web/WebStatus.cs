using Pipeline.Indexer;
using Pipeline.Storage;

namespace Pipeline.Web;

/// <summary>The store and index at a glance, in the shape of <c>pipeline stats --json</c>.</summary>
/// <param name="Articles">Articles stored.</param>
/// <param name="Indexed">Documents in the index's latest commit.</param>
/// <param name="StoreSequence">The store's last sequence.</param>
/// <param name="IndexedSequence">The store sequence the index's latest commit holds.</param>
/// <param name="Frontier">Addresses by state.</param>
/// <param name="LastRun">The most recent run, if any.</param>
/// <param name="IndexError">Why the index cannot be read, or null.</param>
internal sealed record WebStatus(int Articles, int Indexed, long StoreSequence, long IndexedSequence, IReadOnlyDictionary<string, int> Frontier, RunRecord? LastRun, string? IndexError)
{
    public static async Task<WebStatus> ReadAsync(WebArchive archive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var (articles, sequence) = await archive.Articles.CountAsync(cancellationToken);
        var frontier = await new SqliteFrontierStore(archive.Database).CountByStateAsync(cancellationToken);
        var lastRun = await new SqliteRunStore(archive.Database).LastAsync(cancellationToken);
        try
        {
            using var lease = archive.Searcher();
            return new WebStatus(articles, lease.Searcher.Count, sequence, lease.Searcher.CommittedSequence, frontier, lastRun, null);
        }
        catch (IndexUnavailableException ex)
        {
            return new WebStatus(articles, 0, sequence, 0, frontier, lastRun, ex.Message);
        }
    }
}
