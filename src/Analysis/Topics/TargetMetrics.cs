namespace Pipeline.Analysis.Topics;

/// <summary>How well one binary target (a label or the cooperation flag) is predicted.</summary>
/// <param name="Precision">Share of predicted positives that are right.</param>
/// <param name="Recall">Share of positives found.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="Auc">Area under the ROC curve (threshold-free).</param>
/// <param name="Positives">Positive examples behind the figures.</param>
public sealed record TargetMetrics(double Precision, double Recall, double F1, double Auc, int Positives);
