namespace Pipeline.Crawler.Frontier;

/// <summary>A host a crawler node holds: it alone fetches from the host until the lease expires or is released.</summary>
/// <param name="Host">The host name.</param>
/// <param name="ExpiresAt">When the lease lapses unless renewed.</param>
/// <param name="NextAllowedAt">When the host may be asked next, as the previous holder left it; null when no node has asked it yet.</param>
public sealed record HostLease(string Host, DateTimeOffset ExpiresAt, DateTimeOffset? NextAllowedAt);
