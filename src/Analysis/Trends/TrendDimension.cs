namespace Pipeline.Analysis.Trends;

/// <summary>What a time series is broken down by.</summary>
public enum TrendDimension
{
    /// <summary>Topic labels; an article with several labels counts once under each.</summary>
    Topic,

    /// <summary>Countries of the foreign partners (international bodies have none); an article counts once per country.</summary>
    Country,

    /// <summary>Foreign partners by key.</summary>
    Partner,

    /// <summary>The publishing outlet.</summary>
    Outlet,
}
