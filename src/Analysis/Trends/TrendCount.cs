namespace Pipeline.Analysis.Trends;

/// <summary>A count of an article as trends see it.</summary>
/// <param name="Kind">One of <see cref="CountKinds"/>.</param>
/// <param name="Currency">ISO 4217 code for money, else null.</param>
/// <param name="Value">The number in base units (or in the currency).</param>
/// <param name="Approx">"exact", "about", "more_than" or "less_than".</param>
/// <param name="Noun">The counted noun phrase as written.</param>
/// <param name="Span">The text of the count.</param>
public sealed record TrendCount(string Kind, string? Currency, decimal Value, string Approx, string Noun, string Span);
