namespace Pipeline.Analysis.Trends;

/// <summary>Which articles a trend covers. Undated articles are never covered: they belong to no interval.</summary>
/// <param name="From">First publication day (Vietnamese time), inclusive; null for no lower bound.</param>
/// <param name="To">Last publication day (Vietnamese time), inclusive; null for no upper bound.</param>
/// <param name="CooperationOnly">Only articles about international cooperation.</param>
public sealed record TrendFilter(DateOnly? From = null, DateOnly? To = null, bool CooperationOnly = false)
{
    /// <summary>Every dated article.</summary>
    public static TrendFilter All { get; } = new();
}
