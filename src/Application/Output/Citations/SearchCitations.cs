using Pipeline.Indexer.Search;
using Pipeline.Storage;

namespace Pipeline.Output.Citations;

/// <summary>The citations of a page of search hits, from the store: the index keeps neither the outlet's name nor the crawl time.</summary>
public static class SearchCitations
{
    /// <summary>Reads the stored article behind each hit and cites it.</summary>
    /// <param name="store">The article store.</param>
    /// <param name="hits">The hits, in order.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>One citation per hit found in the store, in the hits' order.</returns>
    public static async Task<IReadOnlyList<Citation>> ForAsync(IArticleStore store, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(hits);
        var citations = new List<Citation>(hits.Count);
        foreach (var hit in hits)
        {
            // An article removed from the store after the index's last commit is still cited, from what the index holds.
            citations.Add(await store.FindAsync(hit.Id, cancellationToken) is { } article ? Citation.From(article) : Citation.From(hit));
        }

        return citations;
    }
}
