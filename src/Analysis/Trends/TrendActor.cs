namespace Pipeline.Analysis.Trends;

/// <summary>A participant of an article as trends see it: a foreign partner or a Vietnamese party, once per article.</summary>
/// <param name="Role"><see cref="Partner"/> or <see cref="Party"/>.</param>
/// <param name="Key">The stable key (gazetteer key or normalised name).</param>
/// <param name="Name">The name as the article gives it.</param>
/// <param name="Kind">"org", "city" or "country".</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2; null for international bodies.</param>
/// <param name="Country">The country in Vietnamese; null for international bodies.</param>
public sealed record TrendActor(string Role, string Key, string Name, string Kind, string? CountryCode, string? Country)
{
    /// <summary>A foreign or international counterpart.</summary>
    public const string Partner = "partner";

    /// <summary>A Vietnamese participant.</summary>
    public const string Party = "party";
}
