namespace Pipeline.Web.Api;

/// <summary>Partner countries for the world map, as <c>/api/map</c> returns them.</summary>
/// <param name="Countries">Countries named in at least one article, most articles first.</param>
/// <param name="Names">Every gazetteer country's Vietnamese name by ISO 3166-1 numeric code, for the countries without articles.</param>
internal sealed record ApiMap(IReadOnlyList<ApiMapCountry> Countries, IReadOnlyDictionary<string, string> Names);
