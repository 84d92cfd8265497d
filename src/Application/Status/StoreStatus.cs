namespace Pipeline.Status;

/// <summary>The article store.</summary>
/// <param name="Articles">Articles stored.</param>
/// <param name="Sequence">The highest store sequence.</param>
public sealed record StoreStatus(int Articles, long Sequence);
