namespace Pipeline.Crawler.Frontier;

/// <summary>One address in the frontier.</summary>
/// <param name="Url">The canonical address.</param>
/// <param name="Source">The configured source it belongs to.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Attempts">Fetch attempts so far.</param>
/// <param name="ETag">The ETag of the last fetched copy, for a conditional request.</param>
/// <param name="LastModified">The Last-Modified of the last fetched copy, for a conditional request.</param>
public sealed record FrontierEntry(Uri Url, string Source, FrontierState State, int Attempts, string? ETag = null, string? LastModified = null);
