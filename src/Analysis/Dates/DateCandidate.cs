namespace Pipeline.Analysis.Dates;

/// <summary>A date expression found in text, before overlaps are settled.</summary>
/// <param name="Start">Offset of the span.</param>
/// <param name="Length">Length of the span.</param>
/// <param name="Resolved">The resolved value (ANNOTATION.md forms).</param>
internal readonly record struct DateCandidate(int Start, int Length, string Resolved);
