namespace Pipeline.Crawler.Discovery;

/// <summary>An article address found in a feed, sitemap or listing page.</summary>
/// <param name="Url">The canonical address.</param>
/// <param name="Published">Publication or last-modification time the listing gives, if any.</param>
/// <param name="Title">The title the listing gives, if any.</param>
public sealed record DiscoveredLink(Uri Url, DateTimeOffset? Published = null, string? Title = null);
