namespace Pipeline.Web.Api;

/// <summary>One article of <see cref="ApiNodeArticles"/>.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Page">Its page in this app.</param>
/// <param name="Url">The address it was fetched from.</param>
/// <param name="Outlet">Its outlet's name.</param>
/// <param name="Published">Its publication time, if known.</param>
internal sealed record ApiNodeArticle(string Id, string Title, string Page, string Url, string Outlet, DateTimeOffset? Published);
