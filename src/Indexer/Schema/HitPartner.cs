namespace Pipeline.Indexer.Schema;

/// <summary>A partner of a search hit, as much of it as the hit shows.</summary>
/// <param name="Name">The partner's name.</param>
internal sealed record HitPartner(string Name);
