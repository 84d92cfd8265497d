namespace Pipeline.Text.Facts;

/// <summary>An explicit calendar expression and its resolved value.</summary>
/// <param name="Span">The exact text ("Sáng 20-5", "quý I/2025").</param>
/// <param name="Resolved">"YYYY", "YYYY-MM", "YYYY-MM-DD" or "START/END" of those forms.</param>
/// <param name="Start">0-based UTF-16 offset of <paramref name="Span"/>.</param>
public sealed record DateFact(string Span, string Resolved, int Start);
