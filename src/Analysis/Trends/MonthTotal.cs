namespace Pipeline.Analysis.Trends;

/// <summary>Articles published in one calendar month.</summary>
/// <param name="Month">"yyyy-MM" in Vietnamese time.</param>
/// <param name="Articles">All articles the filter covers.</param>
/// <param name="CooperationArticles">Those about international cooperation.</param>
public sealed record MonthTotal(string Month, int Articles, int CooperationArticles);
