using Pipeline.Indexer.Search;
using Pipeline.Storage;
using Pipeline.Text.Facts;

namespace Pipeline.Web.Pages;

/// <summary>What the article page shows.</summary>
/// <param name="Article">The stored article.</param>
/// <param name="Facts">Its analysis, or null when not analysed yet.</param>
/// <param name="Similar">Similar articles from the index (empty when the index does not hold it yet).</param>
/// <param name="Copy">Its archived copy as crawled; null when the raw archive no longer holds it.</param>
internal sealed record ArticleView(StoredArticle Article, ArticleFacts? Facts, IReadOnlyList<SearchHit> Similar, Archived.ArchivedRecord? Copy = null);
