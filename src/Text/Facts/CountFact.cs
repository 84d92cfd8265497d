namespace Pipeline.Text.Facts;

/// <summary>A number with the noun it counts ("gần 14 nghìn đơn vị y tế ngoài công lập").</summary>
/// <param name="Value">The number in base units (or in <paramref name="Currency"/> for money).</param>
/// <param name="Approx">"exact", "about", "more_than" or "less_than".</param>
/// <param name="Noun">The counted noun phrase as written; for money the currency word.</param>
/// <param name="Currency">ISO 4217 code for money, else null.</param>
/// <param name="Span">The exact text, qualifier to noun.</param>
/// <param name="Start">0-based UTF-16 offset of <paramref name="Span"/>.</param>
public sealed record CountFact(decimal Value, string Approx, string Noun, string? Currency, string Span, int Start);
