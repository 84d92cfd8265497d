using Pipeline.Crawler.Discovery;
using Pipeline.Crawler.Frontier;

namespace Pipeline.Crawler.Tests.Fixtures;

/// <summary>
/// A frontier kept in memory that keeps the <see cref="IFrontierStore"/> contract (new addresses only, due = discovered
/// or failed with its retry time come), and remembers every outcome recorded, in order.
/// </summary>
internal sealed class MemoryFrontier : IFrontierStore
{
    private readonly Lock gate = new();
    private readonly List<Row> rows = [];
    private readonly List<FrontierUpdate> updates = [];

    /// <summary>Every outcome recorded, in the order the runner wrote them.</summary>
    public IReadOnlyList<FrontierUpdate> Updates
    {
        get
        {
            lock (gate)
            {
                return [.. updates];
            }
        }
    }

    /// <summary>The last outcome recorded for <paramref name="url"/>, or null when none was.</summary>
    public FrontierUpdate? Last(Uri url) => Updates.LastOrDefault(u => u.Url == url);

    /// <summary>Puts an address straight into the frontier, as an earlier run would have left it.</summary>
    public void Seed(string source, Uri url, FrontierState state, int attempts, string? etag = null, string? lastModified = null)
    {
        lock (gate)
        {
            rows.Add(new Row(url, source) { State = state, Attempts = attempts, ETag = etag, LastModified = lastModified });
        }
    }

    public Task<int> AddDiscoveredAsync(string source, IReadOnlyCollection<DiscoveredLink> links, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var added = 0;
        lock (gate)
        {
            foreach (var link in links)
            {
                if (!rows.Exists(r => r.Url == link.Url))
                {
                    rows.Add(new Row(link.Url, source));
                    added++;
                }
            }
        }

        return Task.FromResult(added);
    }

    public Task<IReadOnlyList<FrontierEntry>> GetDueAsync(string source, DateTimeOffset now, int maxAttempts, int limit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            IReadOnlyList<FrontierEntry> due = rows
                .Where(r => r.Source == source && (r.State == FrontierState.Discovered || (r.State == FrontierState.Failed && r.Attempts < maxAttempts && (r.NextFetchAt is null || r.NextFetchAt <= now))))
                .Take(limit)
                .Select(r => new FrontierEntry(r.Url, r.Source, r.State, r.Attempts, r.ETag, r.LastModified))
                .ToList();
            return Task.FromResult(due);
        }
    }

    public Task RecordAsync(FrontierUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            updates.Add(update);
            if (rows.Find(r => r.Url == update.Url) is { } row)
            {
                row.State = update.State;
                row.Attempts++;
                row.NextFetchAt = update.NextFetchAt;
                row.ETag = update.ETag ?? row.ETag;
                row.LastModified = update.LastModified ?? row.LastModified;
            }
        }

        return Task.CompletedTask;
    }

    private sealed class Row(Uri url, string source)
    {
        public Uri Url { get; } = url;

        public string Source { get; } = source;

        public FrontierState State { get; set; } = FrontierState.Discovered;

        public int Attempts { get; set; }

        public DateTimeOffset? NextFetchAt { get; set; }

        public string? ETag { get; set; }

        public string? LastModified { get; set; }
    }
}
