using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Pipeline.Analysis.Topics;

/// <summary>
/// A calibrated linear model scored directly: a sparse dot product and the Platt sigmoid, instead of a trip
/// through a PredictionEngine per text and target (the engine costs more than the arithmetic). Created only when
/// it reproduces the engine on probe vectors, so a change in ML.NET's internals falls back to the engine.
/// </summary>
internal sealed class LinearScorer
{
    private readonly float[] weights;

    public float Bias { get; }

    public double Slope { get; }

    public double Offset { get; }

    public float Weight(int slot) => weights[slot];

    private LinearScorer(float[] weights, float bias, double slope, double offset)
    {
        this.weights = weights;
        Bias = bias;
        Slope = slope;
        Offset = offset;
    }

    public double Probability(int[] indices, float[] values)
    {
        double score = Bias;
        for (var i = 0; i < indices.Length; i++)
        {
            score += weights[indices[i]] * values[i];
        }

        // ML.NET's Platt form: 1 / (1 + exp(slope · score + offset)), slope negative.
        return Calibrate(score, Slope, Offset);
    }

    public static double Calibrate(double score, double slope, double offset) => 1.0 / (1.0 + Math.Exp((slope * score) + offset));

    public static LinearScorer? TryCreate(ITransformer model, PredictionEngine<TopicRow, TopicPrediction> engine)
    {
        var parameters = (model as ISingleFeaturePredictionTransformer<object>)?.Model;
        // The generic calibrated type hides a base property of the same name, hence the search by type.
        var properties = parameters?.GetType().GetProperties() ?? [];
        var linear = properties.Where(p => p.Name == "SubModel").Select(p => p.GetValue(parameters)).OfType<LinearBinaryModelParameters>().FirstOrDefault();
        var platt = properties.Where(p => p.Name == "Calibrator").Select(p => p.GetValue(parameters)).OfType<PlattCalibrator>().FirstOrDefault();
        if (linear is null || platt is null)
        {
            return null;
        }

        var weights = linear.Weights.ToArray();
        if (weights.Length != TopicFeaturizer.Dimension)
        {
            return null;
        }

        var scorer = new LinearScorer(weights, linear.Bias, platt.Slope, platt.Offset);
        return Agrees(scorer, engine) ? scorer : null;
    }

    private static bool Agrees(LinearScorer scorer, PredictionEngine<TopicRow, TopicPrediction> engine)
    {
        foreach (var probe in new[] { "Bệnh viện Bạch Mai ký kết hợp tác với Đại học Kyushu về đào tạo bác sĩ.", "Giá xăng tăng nhẹ.", "vắc xin" })
        {
            var (indices, values) = TopicFeaturizer.Featurize(probe, null);
            var expected = engine.Predict(new TopicRow { Features = new VBuffer<float>(TopicFeaturizer.Dimension, values.Length, values, indices) }).Probability;
            if (Math.Abs(scorer.Probability(indices, values) - expected) > 1e-4)
            {
                return false;
            }
        }

        return true;
    }
}
