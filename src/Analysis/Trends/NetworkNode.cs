namespace Pipeline.Analysis.Trends;

/// <summary>A participant of the cooperation network.</summary>
/// <param name="Id">"partner:KEY" or "party:KEY".</param>
/// <param name="Role"><see cref="TrendActor.Partner"/> (foreign) or <see cref="TrendActor.Party"/> (Vietnamese).</param>
/// <param name="Key">Its key.</param>
/// <param name="Label">Its most frequent name.</param>
/// <param name="Kind">"org", "city" or "country".</param>
/// <param name="CountryCode">ISO code; null for international bodies.</param>
/// <param name="Country">The country in Vietnamese; null for international bodies.</param>
/// <param name="Articles">Articles naming it.</param>
/// <param name="First">First publication day among them.</param>
/// <param name="Last">Last publication day among them.</param>
public sealed record NetworkNode(string Id, string Role, string Key, string Label, string Kind, string? CountryCode, string? Country, int Articles, DateOnly First, DateOnly Last);
