namespace Pipeline.Analysis.Trends;

/// <summary>One count as one article reports it: what the sums need; the wording comes separately, for listings.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Ordinal">The count's place among the article's counts (0-based).</param>
/// <param name="Day">The article's publication day.</param>
/// <param name="Story">The article's story signature.</param>
/// <param name="Kind">One of <see cref="CountKinds.Summed"/>.</param>
/// <param name="Currency">ISO 4217 code for money, else null.</param>
/// <param name="Unit">What identifies the counted thing: <see cref="CountKinds.UnitOf"/>.</param>
/// <param name="Value">The number (base units, or the currency).</param>
public sealed record CountReport(string ArticleId, int Ordinal, DateOnly Day, long Story, string Kind, string? Currency, string Unit, decimal Value);
