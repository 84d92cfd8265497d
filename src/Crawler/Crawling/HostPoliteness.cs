namespace Pipeline.Crawler.Crawling;

/// <summary>Keeps a pause between two requests to the same host. One instance per run; not thread-safe.</summary>
/// <param name="timeProvider">The clock; tests pass a fake one.</param>
internal sealed class HostPoliteness(TimeProvider timeProvider)
{
    private readonly Dictionary<string, DateTimeOffset> nextAllowed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until <paramref name="url"/>'s host may be asked again, then books the next slot.</summary>
    public async Task WaitTurnAsync(Uri url, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        if (nextAllowed.TryGetValue(url.Host, out var allowed) && allowed > now)
        {
            await Task.Delay(allowed - now, timeProvider, cancellationToken);
            now = timeProvider.GetUtcNow();
        }

        nextAllowed[url.Host] = now + delay;
    }
}
