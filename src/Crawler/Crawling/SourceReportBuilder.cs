namespace Pipeline.Crawler.Crawling;

/// <summary>Counts what happens to one source during a run.</summary>
internal sealed class SourceReportBuilder(string source)
{
    private readonly Dictionary<string, int> reasons = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly List<string> listingErrors = [];

    public int Duplicates { get; private set; }

    public int Blocked { get; private set; }

    public int Discovered { get; set; }

    public int NewlyDiscovered { get; set; }

    public int Fetched { get; private set; }

    public int New { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Skipped { get; private set; }

    public int Failed { get; private set; }

    public void AddSkip(string reason)
    {
        lock (gate)
        {
            Skipped++;
            Count(reason);
        }
    }

    public void AddBlocked(string reason)
    {
        lock (gate)
        {
            Blocked++;
            Count(reason);
        }
    }

    public void AddFailure(string reason)
    {
        lock (gate)
        {
            Failed++;
            Count(reason);
        }
    }

    /// <summary>A listing that could not be read, or only in part: it goes into the run's errors, not the page counts.</summary>
    public void AddListingError(string kind, Uri url, string reason)
    {
        lock (gate)
        {
            listingErrors.Add($"{kind} {url.AbsoluteUri} : {reason}");
        }
    }

    public void AddFetched()
    {
        lock (gate)
        {
            Fetched++;
        }
    }

    public void Add(StoreOutcome outcome)
    {
        lock (gate)
        {
            AddLocked(outcome);
        }
    }

    private void AddLocked(StoreOutcome outcome)
    {
        switch (outcome)
        {
            case StoreOutcome.New:
                New++;
                break;
            case StoreOutcome.Updated:
                Updated++;
                break;
            case StoreOutcome.Duplicate:
                Duplicates++;
                break;
            default:
                Unchanged++;
                break;
        }
    }

    public SourceReport Build(TimeSpan elapsed)
    {
        lock (gate)
        {
            return BuildLocked(elapsed);
        }
    }

    private SourceReport BuildLocked(TimeSpan elapsed) =>
        new(source, Discovered, NewlyDiscovered, Fetched, New, Updated, Unchanged, Duplicates, Skipped, Failed, Blocked, new Dictionary<string, int>(reasons), elapsed, listingErrors.ToList());

    private void Count(string reason)
    {
        // Reasons become report keys: keep their vocabulary small ("HTTP 500", not the full message with the address).
        var key = reason.Length > 60 ? reason[..60] : reason;
        reasons[key] = reasons.GetValueOrDefault(key) + 1;
    }
}
