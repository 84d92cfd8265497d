namespace Pipeline.Evaluation;

/// <summary>Precision, recall and F1.</summary>
/// <param name="Precision">Precision in [0, 1].</param>
/// <param name="Recall">Recall in [0, 1].</param>
/// <param name="F1">Harmonic mean of the two.</param>
public sealed record PrfScore(double Precision, double Recall, double F1)
{
    /// <summary>From precision and recall.</summary>
    /// <param name="precision">Precision.</param>
    /// <param name="recall">Recall.</param>
    /// <returns>The score with F1.</returns>
    public static PrfScore From(double precision, double recall) =>
        new(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));

    /// <summary>From true positive, false positive and false negative counts (micro).</summary>
    /// <param name="truePositives">Matches.</param>
    /// <param name="falsePositives">Predicted, not in gold.</param>
    /// <param name="falseNegatives">In gold, not predicted.</param>
    /// <returns>The score; 1 for precision or recall that has nothing to count.</returns>
    public static PrfScore FromCounts(int truePositives, int falsePositives, int falseNegatives) =>
        From(
            truePositives + falsePositives == 0 ? (falseNegatives == 0 ? 1 : 0) : (double)truePositives / (truePositives + falsePositives),
            truePositives + falseNegatives == 0 ? 1 : (double)truePositives / (truePositives + falseNegatives));
}
