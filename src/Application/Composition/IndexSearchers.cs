using Pipeline.Indexer.Search;
using Pipeline.Storage;

namespace Pipeline.Composition;

/// <summary>Searchers over the latest commit of the data directory's index, for commands that search once and end.</summary>
/// <param name="data">The data directory.</param>
public sealed class IndexSearchers(DataDirectory data)
{
    /// <summary>The index directory.</summary>
    public string Path => data.IndexPath;

    /// <summary>Whether there is an index to open.</summary>
    public bool Exists => ArticleSearcher.Exists(data.IndexPath);

    /// <summary>A searcher over the index's latest commit; the caller disposes it.</summary>
    /// <returns>The searcher.</returns>
    /// <exception cref="Indexer.IndexUnavailableException">No index yet, or a damaged or outdated one.</exception>
    public ArticleSearcher Open() => ArticleSearcher.Open(data.IndexPath);

    /// <summary>The store sequence of the index's last commit, 0 while there is no readable index (before the first run).</summary>
    /// <returns>The sequence.</returns>
    public long CommittedSequence()
    {
        try
        {
            using var searcher = Open();
            return searcher.CommittedSequence;
        }
        catch (Indexer.IndexUnavailableException)
        {
            return 0;
        }
    }
}
