namespace Pipeline.Web.Api;

/// <summary>The archived copy of an article, as crawled.</summary>
/// <param name="Url">Its permalink in the web app, by WARC record id: <c>/archive/{recordId}</c>.</param>
/// <param name="RecordId">The WARC-Record-ID's GUID.</param>
/// <param name="OriginalUrl">The address it was fetched from.</param>
/// <param name="CrawledAt">When it was fetched.</param>
internal sealed record ApiArchivedCopy(string Url, Guid RecordId, string OriginalUrl, DateTimeOffset CrawledAt);
