namespace Pipeline.Archived;

/// <summary>An archived HTML response, decoded as the fetcher decoded it.</summary>
/// <param name="Record">Where it lies and when it was fetched.</param>
/// <param name="Html">The body as text, whatever its original charset.</param>
public sealed record ArchivedPage(ArchivedRecord Record, string Html);
