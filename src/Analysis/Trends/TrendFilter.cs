namespace Pipeline.Analysis.Trends;

/// <summary>Which articles a trend covers. Undated articles are never covered: they belong to no interval.</summary>
/// <param name="From">First publication day (Vietnamese time), inclusive; null for no lower bound.</param>
/// <param name="To">Last publication day (Vietnamese time), inclusive; null for no upper bound.</param>
/// <param name="CooperationOnly">Only articles about international cooperation.</param>
/// <param name="Topic">Only articles with this topic label; null for every topic.</param>
/// <param name="CountryCode">Only articles naming a foreign partner of this country (ISO 3166-1 alpha-2); null for any.</param>
public sealed record TrendFilter(DateOnly? From = null, DateOnly? To = null, bool CooperationOnly = false, string? Topic = null, string? CountryCode = null)
{
    /// <summary>Every dated article.</summary>
    public static TrendFilter All { get; } = new();
}
