namespace Pipeline.Analysis.Trends;

/// <summary>A foreign partner over the filtered articles.</summary>
/// <param name="Key">Its key.</param>
/// <param name="Name">Its most frequent name.</param>
/// <param name="Kind">"org", "city" or "country".</param>
/// <param name="Articles">Articles naming it.</param>
/// <param name="FirstSeen">First publication day among them.</param>
/// <param name="LastSeen">Last publication day among them.</param>
/// <param name="Countries">Its countries (usually one; none for international bodies), by articles.</param>
/// <param name="Topics">Topic labels of its articles, by articles.</param>
/// <param name="Parties">Vietnamese parties named with it, by articles.</param>
public sealed record PartnerTrend(
    string Key,
    string Name,
    string Kind,
    int Articles,
    DateOnly FirstSeen,
    DateOnly LastSeen,
    IReadOnlyList<LabelCount> Countries,
    IReadOnlyList<LabelCount> Topics,
    IReadOnlyList<LabelCount> Parties);
