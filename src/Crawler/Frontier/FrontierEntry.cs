namespace Pipeline.Crawler.Frontier;

/// <summary>One address in the frontier.</summary>
/// <param name="Url">The canonical address.</param>
/// <param name="Source">The configured source it belongs to.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Attempts">Fetch attempts so far.</param>
public sealed record FrontierEntry(Uri Url, string Source, FrontierState State, int Attempts);
