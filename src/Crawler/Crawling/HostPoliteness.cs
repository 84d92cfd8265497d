namespace Pipeline.Crawler.Crawling;

/// <summary>Keeps a pause between two requests to the same host. Shared by the run's parallel workers.</summary>
/// <param name="timeProvider">The clock; tests pass a fake one.</param>
internal sealed class HostPoliteness(TimeProvider timeProvider)
{
    private readonly Dictionary<string, DateTimeOffset> nextAllowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    /// <summary>Books the host's next free slot and waits for it.</summary>
    public async Task WaitTurnAsync(Uri url, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        DateTimeOffset slot;
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            slot = nextAllowed.TryGetValue(url.Host, out var allowed) && allowed > now ? allowed : now;
            nextAllowed[url.Host] = slot + delay;
        }

        if (slot > now)
        {
            await Task.Delay(slot - now, timeProvider, cancellationToken);
        }
    }

    /// <summary>When the host may be asked next, or null when this run has not asked it.</summary>
    public DateTimeOffset? NextAllowed(string host)
    {
        lock (gate)
        {
            return nextAllowed.TryGetValue(host, out var allowed) ? allowed : null;
        }
    }

    /// <summary>Keeps the host unasked until <paramref name="at"/> (another node asked it last).</summary>
    public void NotBefore(string host, DateTimeOffset at)
    {
        lock (gate)
        {
            if (!nextAllowed.TryGetValue(host, out var allowed) || allowed < at)
            {
                nextAllowed[host] = at;
            }
        }
    }

    /// <summary>
    /// Pushes the host's next slot to at least <paramref name="delay"/> after an answer arrived. A request can reach the
    /// host later than its slot (a new connection, a busy machine), and the pause is owed between what the host sees.
    /// </summary>
    public void Answered(Uri url, TimeSpan delay)
    {
        var earliest = timeProvider.GetUtcNow() + delay;
        lock (gate)
        {
            if (!nextAllowed.TryGetValue(url.Host, out var allowed) || allowed < earliest)
            {
                nextAllowed[url.Host] = earliest;
            }
        }
    }
}
