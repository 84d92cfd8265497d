namespace Pipeline.Charts;

/// <summary>How a trend series is drawn.</summary>
public enum TrendChartKind
{
    /// <summary>Stacked areas: the total reads off the top edge and each value's share off its band, with no lines crossing.</summary>
    Area,

    /// <summary>Stacked bars per interval.</summary>
    Bars,

    /// <summary>One line per value, for comparing values of similar size.</summary>
    Lines,
}
