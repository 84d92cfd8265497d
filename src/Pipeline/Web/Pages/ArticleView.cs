using Pipeline.Indexer.Search;
using Pipeline.Storage;
using Pipeline.Text.Facts;

namespace Pipeline.Web.Pages;

/// <summary>What the article page shows.</summary>
/// <param name="Article">The stored article.</param>
/// <param name="Facts">Its analysis, or null when not analysed yet.</param>
/// <param name="Similar">Similar articles from the index (empty when the index does not hold it yet).</param>
internal sealed record ArticleView(StoredArticle Article, ArticleFacts? Facts, IReadOnlyList<SearchHit> Similar);
