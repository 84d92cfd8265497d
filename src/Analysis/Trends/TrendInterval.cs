namespace Pipeline.Analysis.Trends;

/// <summary>The width of one step of a time series; days are calendar days in Vietnamese time (GMT+7).</summary>
public enum TrendInterval
{
    /// <summary>Calendar months ("2025-05").</summary>
    Month,

    /// <summary>Calendar quarters ("2025-Q2").</summary>
    Quarter,

    /// <summary>Calendar years ("2025").</summary>
    Year,
}
