namespace Pipeline.Analysis.Partners;

/// <summary>A named thing of a gazetteer: a country, an organisation or a foreign city.</summary>
/// <param name="Key">Stable key used in facets and trends.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">"org", "city" or "country".</param>
/// <param name="Aliases">Names as news write them (acronyms included).</param>
/// <param name="CountryCode">ISO code of its country; null for international bodies.</param>
public sealed record GazetteerEntry(string Key, string Name, string Kind, IReadOnlyList<string> Aliases, string? CountryCode)
{
    /// <summary>
    /// Aliases that are also common Vietnamese words or given names ("Anh", "Đức", "Nga"): a subset of
    /// <see cref="Aliases"/>, reliable only in a country context such as "(Đức)" or "Chính phủ Đức". Empty for most entries.
    /// </summary>
    public IReadOnlyList<string> AmbiguousAliases { get; init; } = [];
}
