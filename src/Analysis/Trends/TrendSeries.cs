namespace Pipeline.Analysis.Trends;

/// <summary>Articles per interval, overall and per value of a dimension (the largest values only).</summary>
/// <param name="Dimension">What the lines are.</param>
/// <param name="Interval">The interval width.</param>
/// <param name="Filter">Which articles.</param>
/// <param name="Periods">The intervals, empty ones included, with totals and the share of cooperation articles.</param>
/// <param name="Lines">The values with the most articles, largest first.</param>
/// <param name="OmittedValues">Values left out by the top-N limit.</param>
public sealed record TrendSeries(
    TrendDimension Dimension,
    TrendInterval Interval,
    TrendFilter Filter,
    IReadOnlyList<TrendPeriod> Periods,
    IReadOnlyList<TrendLine> Lines,
    int OmittedValues);
