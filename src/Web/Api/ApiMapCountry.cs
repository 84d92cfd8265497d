namespace Pipeline.Web.Api;

/// <summary>One country of <see cref="ApiMap"/>.</summary>
/// <param name="Code">ISO 3166-1 alpha-2.</param>
/// <param name="Numeric">ISO 3166-1 numeric, as the map's boundaries are keyed; null when the code has none.</param>
/// <param name="Name">Its Vietnamese name.</param>
/// <param name="Articles">Articles naming a partner of it under the filters.</param>
/// <param name="Search">The search page's address for those articles.</param>
internal sealed record ApiMapCountry(string Code, string? Numeric, string Name, int Articles, string Search);
