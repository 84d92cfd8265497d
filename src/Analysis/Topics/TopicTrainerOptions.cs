namespace Pipeline.Analysis.Topics;

/// <summary>How <see cref="TopicTrainer"/> trains.</summary>
public sealed class TopicTrainerOptions
{
    /// <summary>The random seed of ML.NET and LightGBM. Default: 42.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Cross-validation folds, 2 to 10. Default: 5.</summary>
    public int Folds { get; set; } = 5;

    /// <summary>
    /// "sdca-logistic-regression", "lightgbm", or "auto" (cross-validate both and keep the better; LightGBM makes it take
    /// minutes instead of seconds). Default: "sdca-logistic-regression", which evaluated better when both were compared.
    /// </summary>
    public string Algorithm { get; set; } = TopicTrainer.Sdca;

    /// <summary>L2 regularisation of the logistic regression; larger is smoother. Default: 0.0001.</summary>
    public float L2Regularization { get; set; } = 1e-4f;

    /// <summary>
    /// How far a label's score moves from the whole text's probability towards its best paragraph's, 0 (whole text only)
    /// to 1 (the better of the two); recorded in the model. Default: 0.5, which scored better than 0 and 1 on the gold
    /// dev split and in cross-validation over the gold train split.
    /// </summary>
    public double ParagraphWeight { get; set; } = 0.5;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (Folds is < 2 or > 10)
        {
            throw new ArgumentException($"Folds must be 2 to 10 (got {Folds}).");
        }

        if (Algorithm is not ("auto" or TopicTrainer.Sdca or TopicTrainer.LightGbm))
        {
            throw new ArgumentException($"Algorithm must be auto, {TopicTrainer.Sdca} or {TopicTrainer.LightGbm} (got '{Algorithm}').");
        }

        if (ParagraphWeight is < 0 or > 1 || double.IsNaN(ParagraphWeight))
        {
            throw new ArgumentException($"ParagraphWeight must be 0 to 1 (got {ParagraphWeight}).");
        }

        if (!(L2Regularization > 0))
        {
            throw new ArgumentException($"L2Regularization must be positive (got {L2Regularization}).");
        }
    }
}
