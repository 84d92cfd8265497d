namespace Pipeline.Text.Facts;

/// <summary>Whether the article is about international cooperation.</summary>
/// <param name="Value">True for international cooperation.</param>
/// <param name="Score">Confidence in [0, 1].</param>
public sealed record CooperationFact(bool Value, double Score);
