using System.ComponentModel.DataAnnotations;

namespace Pipeline.Configuration;

/// <summary>What <c>pipeline serve</c> does besides answering requests.</summary>
public sealed class ServeOptions : IValidatableObject
{
    /// <summary>Shortest follow interval: every catch-up asks the store and may commit the index.</summary>
    public static readonly TimeSpan MinIndexFollowInterval = TimeSpan.FromSeconds(1);

    /// <summary>Longest follow interval.</summary>
    public static readonly TimeSpan MaxIndexFollowInterval = TimeSpan.FromHours(1);

    /// <summary>
    /// With <c>Store:Provider</c> "postgres", how often the node's own index catches up with the store (new articles
    /// are searchable within about this delay); the first catch-up runs at start, so a node started with an empty
    /// index directory builds it from the store. Unused on "sqlite", where the runs index what they store.
    /// Default 00:00:30; range 1 s to 1 h.
    /// </summary>
    public TimeSpan IndexFollowInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IndexFollowInterval < MinIndexFollowInterval || IndexFollowInterval > MaxIndexFollowInterval)
        {
            yield return new ValidationResult($"IndexFollowInterval must be between 00:00:01 and 01:00:00 (got {IndexFollowInterval}).", [nameof(IndexFollowInterval)]);
        }
    }
}
