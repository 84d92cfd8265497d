namespace Pipeline.Analysis.Dates;

/// <summary>A date expression found in text, before overlaps are settled.</summary>
/// <param name="Start">Offset of the span.</param>
/// <param name="Length">Length of the span.</param>
/// <param name="Resolved">The resolved value (ANNOTATION.md forms); "XXXX" stands for a year not yet known.</param>
/// <param name="WrittenYear">The year of a day written with its year ("ngày 12/7/2021"), which lends it to yearless
/// days of a text without a publication date; null otherwise.</param>
internal readonly record struct DateCandidate(int Start, int Length, string Resolved, int? WrittenYear = null)
{
    public int End => Start + Length;
}
