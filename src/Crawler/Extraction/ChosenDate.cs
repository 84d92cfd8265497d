namespace Pipeline.Crawler.Extraction;

/// <summary>The publication date the trust rules settled on.</summary>
/// <param name="Value">The instant.</param>
/// <param name="Source">Where it came from and why.</param>
internal sealed record ChosenDate(DateTimeOffset Value, PublishedDateSource Source);
