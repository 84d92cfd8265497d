namespace Pipeline.Evaluation;

/// <summary>One page's shingle counts, each divided by their sum.</summary>
/// <param name="TruePositive">Shared shingles.</param>
/// <param name="FalsePositive">Extracted shingles not in the gold.</param>
/// <param name="FalseNegative">Gold shingles not extracted.</param>
internal sealed record PageScore(double TruePositive, double FalsePositive, double FalseNegative);
