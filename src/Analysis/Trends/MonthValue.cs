namespace Pipeline.Analysis.Trends;

/// <summary>Articles of one month with one value of a dimension (a topic, a country, a partner, an outlet).</summary>
/// <param name="Month">"yyyy-MM" in Vietnamese time.</param>
/// <param name="Key">The value's key (label, ISO country code, partner key, outlet name).</param>
/// <param name="Name">A display name as stored (country or partner name); the key where there is none.</param>
/// <param name="Articles">Distinct articles.</param>
public sealed record MonthValue(string Month, string Key, string Name, int Articles);
