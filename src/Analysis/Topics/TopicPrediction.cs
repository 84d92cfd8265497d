namespace Pipeline.Analysis.Topics;

/// <summary>What one binary model says about one text.</summary>
public sealed class TopicPrediction
{
    /// <summary>The calibrated probability that the target applies.</summary>
    public float Probability { get; set; }
}
