using Pipeline.Indexer;
using Pipeline.Indexer.Search;

namespace Pipeline.Web;

/// <summary>
/// The searcher over the index's latest commit, shared by every request. A crawl, <c>pipeline index</c> or a
/// reindex swap makes a new commit; it is picked up on the first request after it (checked at most once a second),
/// and the old snapshot is closed when the last request using it ends.
/// </summary>
/// <param name="indexPath">The index directory.</param>
/// <param name="timeProvider">The clock of the recheck interval.</param>
internal sealed class IndexSnapshots(string indexPath, TimeProvider timeProvider) : IDisposable
{
    private static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private Snapshot? current;
    private string? generation;
    private long checkedAt = long.MinValue;

    /// <summary>A lease on the current snapshot; dispose it when the request is done with it.</summary>
    /// <exception cref="IndexUnavailableException">There is no index yet, or it cannot be read.</exception>
    public Lease Acquire()
    {
        lock (gate)
        {
            var now = timeProvider.GetTimestamp();
            if (current is null || timeProvider.GetElapsedTime(checkedAt, now) >= RecheckInterval)
            {
                checkedAt = now;
                var latest = LatestGeneration();
                if (current is null || latest != generation)
                {
                    var opened = ArticleSearcher.Open(indexPath);
                    current?.Release();
                    current = new Snapshot(opened);
                    generation = latest;
                }
            }

            current.AddReference();
            return new Lease(current);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            current?.Release();
            current = null;
        }
    }

    // The commit point's file changes with every commit; a swapped-in directory may reuse its name, never its write time.
    private string? LatestGeneration()
    {
        try
        {
            if (!Directory.Exists(indexPath))
            {
                return null;
            }

            // Generations are base 36: a longer name is a later one.
            var latest = Directory.EnumerateFiles(indexPath, "segments_*").OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).LastOrDefault();
            return latest is null ? null : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path.GetFileName(latest)}@{File.GetLastWriteTimeUtc(latest).Ticks}");
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The searcher of one request.</summary>
    internal sealed class Lease : IDisposable
    {
        private Snapshot? snapshot;

        public Lease(Snapshot snapshot) => this.snapshot = snapshot;

        public ArticleSearcher Searcher => (snapshot ?? throw new ObjectDisposedException(nameof(Lease))).Searcher;

        public void Dispose()
        {
            Interlocked.Exchange(ref snapshot, null)?.Release();
        }
    }

    /// <summary>An open searcher and the number of holders: the registry's own reference plus one per lease.</summary>
    internal sealed class Snapshot(ArticleSearcher searcher)
    {
        private int references = 1;

        public ArticleSearcher Searcher { get; } = searcher;

        public void AddReference() => Interlocked.Increment(ref references);

        public void Release()
        {
            if (Interlocked.Decrement(ref references) == 0)
            {
                Searcher.Dispose();
            }
        }
    }
}
