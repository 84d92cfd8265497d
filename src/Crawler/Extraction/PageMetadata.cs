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
    IReadOnlyList<string> Tags);
