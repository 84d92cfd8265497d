namespace Pipeline.Text.Facts;

/// <summary>A topic label that applies, with its score in [0, 1].</summary>
/// <param name="Label">A label of the taxonomy.</param>
/// <param name="Score">Confidence in [0, 1].</param>
public sealed record TopicScore(string Label, double Score);
