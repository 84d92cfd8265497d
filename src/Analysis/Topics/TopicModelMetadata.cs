namespace Pipeline.Analysis.Topics;

/// <summary>What a topic model file says about itself, so any model can be traced to its data and figures.</summary>
/// <param name="FormatVersion">The model file format.</param>
/// <param name="Created">When it was trained.</param>
/// <param name="Seed">The random seed; the same data and seed give the same model.</param>
/// <param name="TrainingDataSha256">SHA-256 of the training file's bytes.</param>
/// <param name="TrainingExamples">Examples from the training file.</param>
/// <param name="GoldTrainArticles">Gold train-split articles added to the training data (0 when none).</param>
/// <param name="Algorithm">The learner kept: "sdca-logistic-regression" or "lightgbm".</param>
/// <param name="FeatureDimension">Slots of the hashed feature vector.</param>
/// <param name="Thresholds">Per target (labels and "cooperation"), the probability from which it applies.</param>
/// <param name="CrossValidation">Per algorithm, per target: cross-validated figures on the training data.</param>
/// <param name="TrainingSeconds">Wall time of the whole training, cross-validation included.</param>
/// <param name="ParagraphWeight">How far a label's score moves from the whole text's probability towards its best paragraph's (0 to 1; files without it: 1).</param>
/// <param name="RelativeToBest">A label also applies from this fraction of the best label's score (0 to 1), or null when only thresholds decide (files without it).</param>
public sealed record TopicModelMetadata(
    int FormatVersion,
    DateTimeOffset Created,
    int Seed,
    string TrainingDataSha256,
    int TrainingExamples,
    int GoldTrainArticles,
    string Algorithm,
    int FeatureDimension,
    IReadOnlyDictionary<string, double> Thresholds,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, TargetMetrics>> CrossValidation,
    double TrainingSeconds,
    double ParagraphWeight = 1.0,
    double? RelativeToBest = null);
