namespace Pipeline.Analysis.Trends;

/// <summary>The sum of one kind of count over the figures first reported in one interval.</summary>
/// <param name="Period">The interval's key.</param>
/// <param name="Kind">One of <see cref="CountKinds.Summed"/>.</param>
/// <param name="Currency">ISO 4217 code for money, else null.</param>
/// <param name="Sum">The sum of the figures' values.</param>
/// <param name="Figures">Distinct figures.</param>
public sealed record CountPeriodTotal(string Period, string Kind, string? Currency, decimal Sum, int Figures);
