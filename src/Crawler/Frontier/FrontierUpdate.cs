namespace Pipeline.Crawler.Frontier;

/// <summary>The outcome of one attempt at an address.</summary>
/// <param name="Url">The canonical address.</param>
/// <param name="State">The new state.</param>
/// <param name="At">When the attempt ended.</param>
/// <param name="Reason">Why it failed, was blocked or skipped.</param>
/// <param name="ContentHash">The hash of the stored content, if any.</param>
/// <param name="NextFetchAt">When a failed address may be tried again.</param>
/// <param name="DuplicateOf">For a duplicate, the id of the article that holds the content.</param>
/// <param name="ETag">The response's ETag, kept for the next conditional request.</param>
/// <param name="LastModified">The response's Last-Modified, kept for the next conditional request.</param>
public sealed record FrontierUpdate(
    Uri Url,
    FrontierState State,
    DateTimeOffset At,
    string? Reason = null,
    string? ContentHash = null,
    DateTimeOffset? NextFetchAt = null,
    string? DuplicateOf = null,
    string? ETag = null,
    string? LastModified = null);
