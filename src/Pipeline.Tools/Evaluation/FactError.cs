namespace Pipeline.Evaluation;

/// <summary>One fact the analysis got wrong, so rule and model work can start from the errors.</summary>
/// <param name="Article">The gold article's slug.</param>
/// <param name="Fact">partner, party, count or date.</param>
/// <param name="Error">"missed" (in the gold, not found) or "spurious" (found, not in the gold).</param>
/// <param name="Span">The fact's span.</param>
/// <param name="Start">Its offset in the analysed text.</param>
/// <param name="Detail">The value that was compared: the key, the resolved date, or value, approx and noun.</param>
public sealed record FactError(string Article, string Fact, string Error, string Span, int Start, string Detail);
