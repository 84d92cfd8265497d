namespace Pipeline.Web.Api;

/// <summary>A node of <see cref="ApiNetwork"/>.</summary>
/// <param name="Id">"partner:KEY" or "party:KEY".</param>
/// <param name="Role">partner (foreign) or party (Vietnamese).</param>
/// <param name="Key">The participant's key.</param>
/// <param name="Label">Its most frequent name.</param>
/// <param name="Kind">org, city or country.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2; null for international bodies.</param>
/// <param name="Country">The country in Vietnamese.</param>
/// <param name="Articles">Articles naming it under the filters.</param>
/// <param name="Search">The search page's address for its articles.</param>
internal sealed record ApiNetworkNode(string Id, string Role, string Key, string Label, string Kind, string? CountryCode, string? Country, int Articles, string Search);
