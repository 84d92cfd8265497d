namespace Pipeline.Analysis.Trends;

/// <summary>Articles with a partner from one country and one topic label.</summary>
/// <param name="CountryCode">ISO 3166-1 alpha-2.</param>
/// <param name="Country">The country in Vietnamese.</param>
/// <param name="Label">The topic label.</param>
/// <param name="Articles">Distinct articles.</param>
public sealed record CountryTopicRow(string CountryCode, string Country, string Label, int Articles);
