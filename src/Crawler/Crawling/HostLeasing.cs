using Pipeline.Crawler.Frontier;

namespace Pipeline.Crawler.Crawling;

/// <summary>How a crawler node shares the frontier with others: it fetches only from hosts it leases.</summary>
/// <param name="Leases">The shared leases.</param>
/// <param name="Node">This node's id, unique among the nodes.</param>
/// <param name="Duration">How long a lease lasts unless renewed; a dead node's hosts wait this long for another node.</param>
public sealed record HostLeasing(IHostLeases Leases, string Node, TimeSpan Duration);
