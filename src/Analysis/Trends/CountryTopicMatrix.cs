namespace Pipeline.Analysis.Trends;

/// <summary>Partner countries by topic.</summary>
/// <param name="Filter">Which articles.</param>
/// <param name="Countries">The countries with the most articles, largest first (articles with any partner of the country).</param>
/// <param name="Topics">The topics of those countries' articles, largest first.</param>
/// <param name="Cells">Articles per country and topic, for the countries listed.</param>
/// <param name="OmittedCountries">Countries left out by the top-N limit.</param>
public sealed record CountryTopicMatrix(
    TrendFilter Filter,
    IReadOnlyList<LabelCount> Countries,
    IReadOnlyList<LabelCount> Topics,
    IReadOnlyList<CountryTopicCell> Cells,
    int OmittedCountries);
