namespace Pipeline.Crawler.Extraction;

/// <summary>What a page says about itself in machine-readable form (JSON-LD, OpenGraph, meta, time).</summary>
internal sealed record PageMetadata(
    string? Title,
    string? Description,
    DateTimeOffset? Published,
    DateTimeOffset? Modified,
    IReadOnlyList<string> Authors,
    string? Section,
    string? SiteName,
    string? Canonical,
    string? Language,
    IReadOnlyList<string> Tags)
{
    /// <summary>Every publication date the metadata gives, JSON-LD first; <see cref="Published"/> is the first.</summary>
    public IReadOnlyList<DateCandidate> PublishedCandidates { get; init; } = [];
}
