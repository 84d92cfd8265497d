using Pipeline.Indexer.Search;
using Pipeline.Querying;
using Pipeline.Storage;

namespace Pipeline.Output.Citations;

/// <summary>What a reference manager needs to cite one archived article.</summary>
/// <param name="Id">The article's stable id: the citation's id and the base of its BibTeX key.</param>
/// <param name="Title">Headline.</param>
/// <param name="ContainerTitle">The outlet's name: the newspaper the article appeared in.</param>
/// <param name="Published">Publication time, if known.</param>
/// <param name="Url">The address to cite: the canonical one.</param>
/// <param name="Accessed">When the crawler fetched it; null when only the index knows the article.</param>
/// <param name="Language">BCP 47 language of the article.</param>
public sealed record Citation(string Id, string Title, string ContainerTitle, DateTimeOffset? Published, string Url, DateTimeOffset? Accessed, string Language = "vi")
{
    /// <summary>The citation of a stored article.</summary>
    public static Citation From(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new Citation(article.Id, article.Title, article.Outlet, article.Published, article.CanonicalUrl, article.FetchedAt);
    }

    /// <summary>
    /// The citation of a hit whose article the store no longer holds: the index knows no crawl time, and only the
    /// outlet's key.
    /// </summary>
    public static Citation From(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new Citation(hit.Id, hit.Title, hit.Outlet, hit.Published, hit.Url, null);
    }

    /// <summary>A calendar day in Vietnamese time, where the outlets publish: an article put online at 01:00 on the 5th is dated the 5th.</summary>
    public static DateOnly Day(DateTimeOffset time) => DateOnly.FromDateTime(time.ToOffset(QueryDays.VietnamOffset).DateTime);
}
