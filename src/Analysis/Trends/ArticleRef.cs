namespace Pipeline.Analysis.Trends;

/// <summary>Enough of an article to list it behind a figure.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Url">Its address.</param>
/// <param name="Outlet">Its outlet's name.</param>
/// <param name="Published">Its publication time, if known.</param>
public sealed record ArticleRef(string Id, string Title, string Url, string Outlet, DateTimeOffset? Published);
