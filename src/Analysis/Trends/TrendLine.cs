namespace Pipeline.Analysis.Trends;

/// <summary>One value of a dimension over the intervals of a series.</summary>
/// <param name="Key">The value's key (topic label, ISO country code, partner key, outlet).</param>
/// <param name="Label">Its display name in Vietnamese.</param>
/// <param name="Total">Its articles over the whole range.</param>
/// <param name="Articles">Its articles per interval, aligned with <see cref="TrendSeries.Periods"/>.</param>
public sealed record TrendLine(string Key, string Label, int Total, IReadOnlyList<int> Articles);
