namespace Pipeline.Analysis.Trends;

/// <summary>The sum of one kind of count (money: of one currency).</summary>
/// <param name="Kind">One of <see cref="CountKinds.Summed"/>.</param>
/// <param name="Currency">ISO 4217 code for money, else null.</param>
/// <param name="Sum">The sum of the distinct figures' values.</param>
/// <param name="Figures">Distinct figures (syndicated copies counted once).</param>
/// <param name="Reports">Reports before merging copies.</param>
/// <param name="Articles">Articles with at least one such report.</param>
public sealed record CountTotal(string Kind, string? Currency, decimal Sum, int Figures, int Reports, int Articles);
