namespace Pipeline.Crawler.Fetching;

/// <summary>Validators of a copy already held, sent as If-None-Match and If-Modified-Since.</summary>
/// <param name="ETag">The entity tag of the stored copy.</param>
/// <param name="LastModified">The Last-Modified value of the stored copy, as the server sent it.</param>
public sealed record ConditionalRequest(string? ETag, string? LastModified);
