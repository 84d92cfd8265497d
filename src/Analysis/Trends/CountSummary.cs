namespace Pipeline.Analysis.Trends;

/// <summary>Reported counts summed by kind, with syndicated copies counted once and the figures behind every sum.</summary>
/// <param name="Filter">Which articles.</param>
/// <param name="Interval">The interval of <paramref name="Periods"/>.</param>
/// <param name="Totals">One sum per kind (and currency for money), in <see cref="CountKinds.Summed"/> order.</param>
/// <param name="Periods">The same sums per interval.</param>
/// <param name="Figures">When asked for, every distinct figure with its articles, by kind, currency, then value (largest first); else empty.</param>
public sealed record CountSummary(
    TrendFilter Filter,
    TrendInterval Interval,
    IReadOnlyList<CountTotal> Totals,
    IReadOnlyList<CountPeriodTotal> Periods,
    IReadOnlyList<CountFigure> Figures);
