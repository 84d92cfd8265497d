namespace Pipeline.Analysis.Trends;

/// <summary>One interval of a series with the articles it holds.</summary>
/// <param name="Key">"2025-05", "2025-Q2" or "2025".</param>
/// <param name="Start">Its first day.</param>
/// <param name="End">Its last day.</param>
/// <param name="Articles">Articles the filter covers.</param>
/// <param name="CooperationArticles">Those about international cooperation.</param>
/// <param name="CooperationShare">CooperationArticles / Articles, 0 when there are none.</param>
public sealed record TrendPeriod(string Key, DateOnly Start, DateOnly End, int Articles, int CooperationArticles, double CooperationShare);
