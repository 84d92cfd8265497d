namespace Pipeline.Analysis.Trends;

/// <summary>How often one participant appears under one spelling and country.</summary>
/// <param name="Role"><see cref="TrendActor.Partner"/> or <see cref="TrendActor.Party"/>.</param>
/// <param name="Key">Its key.</param>
/// <param name="Name">One of its names.</param>
/// <param name="Kind">"org", "city" or "country".</param>
/// <param name="CountryCode">ISO code, or null.</param>
/// <param name="Country">Vietnamese country name, or null.</param>
/// <param name="Articles">Articles naming it so.</param>
/// <param name="First">First publication day among them.</param>
/// <param name="Last">Last publication day among them.</param>
public sealed record ActorRow(string Role, string Key, string Name, string Kind, string? CountryCode, string? Country, int Articles, DateOnly First, DateOnly Last);
