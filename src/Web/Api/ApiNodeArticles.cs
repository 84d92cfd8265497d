namespace Pipeline.Web.Api;

/// <summary>The articles behind one network node, as <c>/api/network/articles</c> returns them.</summary>
/// <param name="Node">The node's id.</param>
/// <param name="Articles">The newest articles naming it under the filters (at most the limit asked for).</param>
/// <param name="Search">The search page's address for all of its articles.</param>
internal sealed record ApiNodeArticles(string Node, IReadOnlyList<ApiNodeArticle> Articles, string Search);
