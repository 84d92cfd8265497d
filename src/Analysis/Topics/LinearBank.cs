namespace Pipeline.Analysis.Topics;

/// <summary>
/// Every target's linear model in one slot-major table (the weights of all targets for a slot side by side), so
/// a text's sparse vector is read once and each slot costs one cache line instead of one per target.
/// </summary>
internal sealed class LinearBank
{
    private readonly string[] targets;
    private readonly float[] weights;
    private readonly double[] bias;
    private readonly double[] slope;
    private readonly double[] offset;

    public LinearBank(IReadOnlyDictionary<string, LinearScorer> scorers)
    {
        targets = [.. scorers.Keys.Order(StringComparer.Ordinal)];
        weights = new float[TopicFeaturizer.Dimension * targets.Length];
        for (var t = 0; t < targets.Length; t++)
        {
            var scorer = scorers[targets[t]];
            for (var slot = 0; slot < TopicFeaturizer.Dimension; slot++)
            {
                weights[(slot * targets.Length) + t] = scorer.Weight(slot);
            }
        }

        bias = [.. targets.Select(t => (double)scorers[t].Bias)];
        slope = [.. targets.Select(t => scorers[t].Slope)];
        offset = [.. targets.Select(t => scorers[t].Offset)];
    }

    public Dictionary<string, double> Probabilities(int[] indices, float[] values)
    {
        var count = targets.Length;
        Span<double> scores = stackalloc double[count];
        bias.CopyTo(scores);
        for (var i = 0; i < indices.Length; i++)
        {
            var row = indices[i] * count;
            var value = values[i];
            for (var t = 0; t < count; t++)
            {
                scores[t] += weights[row + t] * value;
            }
        }

        var result = new Dictionary<string, double>(count, StringComparer.Ordinal);
        for (var t = 0; t < count; t++)
        {
            result[targets[t]] = LinearScorer.Calibrate(scores[t], slope[t], offset[t]);
        }

        return result;
    }
}
