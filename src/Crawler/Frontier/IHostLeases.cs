namespace Pipeline.Crawler.Frontier;

/// <summary>
/// Hosts leased to crawler nodes sharing one frontier: a node fetches only from hosts it holds, so one request at a
/// time per host and the pause between requests hold across every node. A node that stops renewing (killed, crashed,
/// cut off) loses its hosts when their leases expire, and the others finish them.
/// </summary>
public interface IHostLeases
{
    /// <summary>Leases a host with pages due, which no node holds or whose lease has expired.</summary>
    /// <param name="node">This node's id.</param>
    /// <param name="sources">Only pages of these sources count.</param>
    /// <param name="dueBy">Only pages due by this time count (the run's start: a page failed during the run waits for the next).</param>
    /// <param name="maxAttempts">Failed pages with this many attempts are given up.</param>
    /// <param name="exclude">Hosts this node has already crawled in this run.</param>
    /// <param name="now">The current time.</param>
    /// <param name="duration">How long the lease lasts unless renewed.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The lease, or null when every host with due pages is held or excluded.</returns>
    Task<HostLease?> TryLeaseDueHostAsync(string node, IReadOnlyCollection<string> sources, DateTimeOffset dueBy, int maxAttempts, IReadOnlyCollection<string> exclude, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Leases a named host (a feed's or a sitemap's) unless another node holds it; renews it when this node does.</summary>
    /// <param name="node">This node's id.</param>
    /// <param name="host">The host name.</param>
    /// <param name="now">The current time.</param>
    /// <param name="duration">How long the lease lasts unless renewed.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The lease, or null while another node holds the host.</returns>
    Task<HostLease?> TryLeaseHostAsync(string node, string host, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Extends this node's leases.</summary>
    /// <param name="node">This node's id.</param>
    /// <param name="hosts">The hosts to renew.</param>
    /// <param name="expiresAt">The new expiry.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The hosts still held; one missing was lost (expired and taken by another node).</returns>
    Task<IReadOnlyCollection<string>> RenewAsync(string node, IReadOnlyCollection<string> hosts, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Gives a host back, noting when it may be asked next so that the next holder keeps the pause.</summary>
    /// <param name="node">This node's id.</param>
    /// <param name="host">The host.</param>
    /// <param name="nextAllowedAt">When the host may be asked next.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the host is free.</returns>
    Task ReleaseAsync(string node, string host, DateTimeOffset? nextAllowedAt, CancellationToken cancellationToken = default);

    /// <summary>The due pages of one host, oldest discovered first.</summary>
    /// <param name="host">The host.</param>
    /// <param name="sources">Only pages of these sources.</param>
    /// <param name="dueBy">Only pages due by this time.</param>
    /// <param name="maxAttempts">Failed pages with this many attempts are given up.</param>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<FrontierEntry>> GetDueOnHostAsync(string host, IReadOnlyCollection<string> sources, DateTimeOffset dueBy, int maxAttempts, int limit, CancellationToken cancellationToken = default);

    /// <summary>When the first lease of another node on a host with due pages runs out, or null when no other node holds one.</summary>
    /// <param name="node">This node's id.</param>
    /// <param name="sources">Only pages of these sources count.</param>
    /// <param name="dueBy">Only pages due by this time count.</param>
    /// <param name="maxAttempts">Failed pages with this many attempts are given up.</param>
    /// <param name="exclude">Hosts this node has already crawled in this run.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The earliest expiry, or null: then no work is left for this node.</returns>
    Task<DateTimeOffset?> NextExpiryAsync(string node, IReadOnlyCollection<string> sources, DateTimeOffset dueBy, int maxAttempts, IReadOnlyCollection<string> exclude, DateTimeOffset now, CancellationToken cancellationToken = default);
}
