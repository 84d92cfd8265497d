using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace Pipeline.Crawler.Crawling;

/// <summary>
/// The hosts one crawler node holds during a run: takes them, renews them every third of their duration while the
/// run lasts, and gives them back with the time the host may be asked next, so the next holder keeps the pause.
/// Several workers of the node may hold one host at once (a feed and a sitemap on it); it is given back with the last.
/// </summary>
internal sealed class HostLeaseKeeper : IAsyncDisposable
{
    private readonly HostLeasing leasing;
    private readonly HostPoliteness politeness;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly Dictionary<string, int> held = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> lost = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewing;

    public HostLeaseKeeper(HostLeasing leasing, HostPoliteness politeness, TimeProvider timeProvider, ILogger logger)
    {
        this.leasing = leasing;
        this.politeness = politeness;
        this.timeProvider = timeProvider;
        this.logger = logger;
        renewing = RenewAsync(stop.Token);
    }

    /// <summary>How often a node waiting for a host held by another asks again.</summary>
    private TimeSpan Poll => TimeSpan.FromTicks(Math.Min(leasing.Duration.Ticks / 4, TimeSpan.FromSeconds(1).Ticks));

    /// <summary>Whether the node still holds <paramref name="host"/> (its lease was not lost).</summary>
    public bool Holds(string host)
    {
        lock (gate)
        {
            return held.ContainsKey(host) && !lost.Contains(host);
        }
    }

    /// <summary>Takes <paramref name="host"/> unless another node holds it.</summary>
    /// <returns>False while another node holds the host.</returns>
    public async Task<bool> TryAcquireAsync(string host, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (held.TryGetValue(host, out var holders) && !lost.Contains(host))
            {
                held[host] = holders + 1;
                return true;
            }
        }

        if (await leasing.Leases.TryLeaseHostAsync(leasing.Node, host, timeProvider.GetUtcNow(), leasing.Duration, cancellationToken) is not { } lease)
        {
            return false;
        }

        Take(lease);
        return true;
    }

    /// <summary>Takes a host with due pages that no node holds.</summary>
    /// <returns>The host, or null when none is free.</returns>
    public async Task<string?> TryAcquireDueAsync(IReadOnlyCollection<string> sources, DateTimeOffset dueBy, int maxAttempts, IReadOnlyCollection<string> exclude, CancellationToken cancellationToken)
    {
        var lease = await leasing.Leases.TryLeaseDueHostAsync(leasing.Node, sources, dueBy, maxAttempts, exclude, timeProvider.GetUtcNow(), leasing.Duration, cancellationToken);
        if (lease is null)
        {
            return null;
        }

        Take(lease);
        return lease.Host;
    }

    /// <summary>Waits until another node's lease may have run out, or returns false when no other node holds due work.</summary>
    public async Task<bool> WaitForOthersAsync(IReadOnlyCollection<string> sources, DateTimeOffset dueBy, int maxAttempts, IReadOnlyCollection<string> exclude, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (await leasing.Leases.NextExpiryAsync(leasing.Node, sources, dueBy, maxAttempts, exclude, now, cancellationToken) is not { } expiry)
        {
            return false;
        }

        // The holder may finish and release before its lease would run out: look again at least every poll.
        var wait = expiry - now;
        await Task.Delay(wait < Poll ? (wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(10)) : Poll, timeProvider, cancellationToken);
        return true;
    }

    /// <summary>Gives <paramref name="host"/> back once its last holder on this node is done.</summary>
    public async Task ReleaseAsync(string host)
    {
        lock (gate)
        {
            var holders = held[host] - 1;
            if (holders > 0)
            {
                held[host] = holders;
                return;
            }

            held.Remove(host);
            if (lost.Remove(host))
            {
                // Another node holds it now: nothing to give back.
                return;
            }
        }

        // Given back even when the run was stopped: the next node need not wait for the lease to run out.
        await leasing.Leases.ReleaseAsync(leasing.Node, host, politeness.NextAllowed(host), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await renewing;
        stop.Dispose();
    }

    private void Take(Frontier.HostLease lease)
    {
        lock (gate)
        {
            held[lease.Host] = held.GetValueOrDefault(lease.Host) + 1;
            lost.Remove(lease.Host);
        }

        if (lease.NextAllowedAt is { } next)
        {
            politeness.NotBefore(lease.Host, next);
        }

        CrawlerLog.HostLeased(logger, leasing.Node, lease.Host);
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(leasing.Duration / 3, timeProvider, cancellationToken);
                string[] hosts;
                lock (gate)
                {
                    hosts = [.. held.Keys.Where(h => !lost.Contains(h))];
                }

                if (hosts.Length == 0)
                {
                    continue;
                }

                try
                {
                    var kept = (await leasing.Leases.RenewAsync(leasing.Node, hosts, timeProvider.GetUtcNow() + leasing.Duration, cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                    foreach (var host in hosts.Where(h => !kept.Contains(h)))
                    {
                        lock (gate)
                        {
                            if (held.ContainsKey(host) && lost.Add(host))
                            {
                                CrawlerLog.HostLeaseLost(logger, leasing.Node, host);
                            }
                        }
                    }
                }
                catch (Exception ex) when (ex is DbException or TimeoutException)
                {
                    // A database blip: the leases last three renewal periods, so the next attempt usually keeps them.
                    CrawlerLog.HostLeaseRenewalFailed(logger, ex, leasing.Node);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run is over.
        }
    }
}
