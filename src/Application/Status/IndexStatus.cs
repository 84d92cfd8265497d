namespace Pipeline.Status;

/// <summary>The search index.</summary>
/// <param name="Documents">Documents in the last commit.</param>
/// <param name="Sequence">The store sequence the last commit holds.</param>
/// <param name="Lag">Store sequences not yet indexed.</param>
/// <param name="Error">Why the index cannot be opened, or null.</param>
public sealed record IndexStatus(int Documents, long Sequence, long Lag, string? Error);
