using Pipeline.Analysis.Topics;

namespace Pipeline.Analysis.Tests.Topics;

public sealed class TopicDecisionTests
{
    private static readonly Dictionary<string, double> Thresholds = new(StringComparer.Ordinal) { ["a"] = 0.5, ["b"] = 0.5, ["c"] = 0.5 };

    [Fact]
    public void Labels_NoneReachesItsThreshold_BestLabelAlone()
    {
        var labels = TopicDecision.Labels(Scores(0.3, 0.1, 0.2), Thresholds, null);

        Assert.Equal("a", Assert.Single(labels).Key);
    }

    [Fact]
    public void Labels_CloseToTheBest_KeptBelowItsThreshold()
    {
        var labels = TopicDecision.Labels(Scores(0.9, 0.4, 0.1), Thresholds, 0.4);

        Assert.Equal(["a", "b"], labels.Select(l => l.Key));
    }

    [Fact]
    public void Labels_NoFraction_OnlyThresholdsDecide()
    {
        var labels = TopicDecision.Labels(Scores(0.9, 0.4, 0.6), Thresholds, null);

        Assert.Equal(["a", "c"], labels.Select(l => l.Key));
    }

    [Fact]
    public void ChooseRelativeToBest_SecondLabelsScoreLow_FractionThatKeepsThem()
    {
        var texts = new List<(IReadOnlyDictionary<string, double>, IReadOnlySet<string>)>
        {
            (Scores(0.9, 0.35, 0.05), new HashSet<string>(["a", "b"], StringComparer.Ordinal)),
            (Scores(0.1, 0.8, 0.3), new HashSet<string>(["b", "c"], StringComparer.Ordinal)),
            (Scores(0.05, 0.1, 0.9), new HashSet<string>(["c"], StringComparer.Ordinal)),
        };

        var fraction = TopicDecision.ChooseRelativeToBest(texts, Thresholds);

        Assert.NotNull(fraction);
        Assert.Equal(1.0, TopicDecision.MicroF1(texts, Thresholds, fraction), 9);
        Assert.True(TopicDecision.MicroF1(texts, Thresholds, null) < 1.0);
    }

    [Fact]
    public void ChooseRelativeToBest_ThresholdsAlreadyRight_Null()
    {
        var texts = new List<(IReadOnlyDictionary<string, double>, IReadOnlySet<string>)>
        {
            (Scores(0.9, 0.6, 0.05), new HashSet<string>(["a", "b"], StringComparer.Ordinal)),
            (Scores(0.1, 0.45, 0.3), new HashSet<string>(["b"], StringComparer.Ordinal)),
        };

        Assert.Null(TopicDecision.ChooseRelativeToBest(texts, Thresholds));
    }

    private static Dictionary<string, double> Scores(double a, double b, double c) =>
        new(StringComparer.Ordinal) { ["a"] = a, ["b"] = b, ["c"] = c };
}
