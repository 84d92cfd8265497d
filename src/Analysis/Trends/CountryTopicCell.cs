namespace Pipeline.Analysis.Trends;

/// <summary>Articles with a partner from one country and one topic.</summary>
/// <param name="CountryCode">ISO 3166-1 alpha-2.</param>
/// <param name="Country">The country in Vietnamese.</param>
/// <param name="Topic">The topic label.</param>
/// <param name="TopicName">Its Vietnamese name.</param>
/// <param name="Articles">Distinct articles.</param>
public sealed record CountryTopicCell(string CountryCode, string Country, string Topic, string TopicName, int Articles);
