namespace Pipeline.Storage;

/// <summary>The crawler nodes sharing one PostgreSQL store: which are alive, and the name each process runs under.</summary>
public interface ICrawlerNodes
{
    /// <summary>
    /// Holds <paramref name="node"/> for this process until disposed, so that no other live process runs under the same
    /// name and a dead process's name is known free (its runs can be marked interrupted).
    /// </summary>
    /// <param name="node">The node name.</param>
    /// <param name="cancellationToken">Stops the attempt.</param>
    /// <returns>The hold, or null when another live process holds the name.</returns>
    Task<IAsyncDisposable?> TryHoldAsync(string node, CancellationToken cancellationToken = default);

    /// <summary>Every node with a Quartz check-in row, an unexpired host lease or a running run, by name.</summary>
    /// <param name="now">The time leases and check-ins are judged at.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The nodes.</returns>
    Task<IReadOnlyList<CrawlerNode>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}
