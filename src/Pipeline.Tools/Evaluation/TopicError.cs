using Pipeline.Text.Facts;

namespace Pipeline.Evaluation;

/// <summary>One article whose topics or cooperation flag a classifier got wrong, so labelling and model work can start from the errors.</summary>
/// <param name="Article">The gold article's slug.</param>
/// <param name="Expected">The gold labels.</param>
/// <param name="Predicted">The labels the classifier gave, with their scores, best first.</param>
/// <param name="Missed">Gold labels the classifier did not give.</param>
/// <param name="Spurious">Labels the classifier gave that the gold does not have.</param>
/// <param name="Cooperation">The gold cooperation flag.</param>
/// <param name="PredictedCooperation">The classifier's cooperation flag.</param>
public sealed record TopicError(
    string Article,
    IReadOnlyList<string> Expected,
    IReadOnlyList<TopicScore> Predicted,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Spurious,
    bool Cooperation,
    bool PredictedCooperation);
