using Pipeline.Evaluation;

namespace Pipeline.Tools.Tests.Evaluation;

public sealed class ShingleMetricTests
{
    private static readonly string BenchmarkDirectory = SharedData.Directory("benchmarks/article-extraction") ?? string.Empty;

    [SharedDataTheory("benchmarks/article-extraction")]
    [InlineData("trafilatura.json", 0.958, 0.938, 0.978)]
    [InlineData("readability_js.json", 0.947, 0.914, 0.982)]
    public void Score_PublishedReferenceOutputs_ReproducesPublishedFigures(string file, double f1, double precision, double recall)
    {
        var benchmark = new ExtractionBenchmark(BenchmarkDirectory);

        var score = benchmark.Score(benchmark.ReferenceOutput(file));

        Assert.Equal(f1, Math.Round(score.F1, 3));
        Assert.Equal(precision, Math.Round(score.Precision, 3));
        Assert.Equal(recall, Math.Round(score.Recall, 3));
    }

    [Fact]
    public void ScorePage_IdenticalTexts_AllTruePositive()
    {
        var score = ShingleMetric.ScorePage("Hà Nội mở rộng hợp tác y tế với Leipzig", "Hà Nội mở rộng hợp tác y tế với Leipzig");

        Assert.Equal(new PageScore(1, 0, 0), score);
    }

    [Fact]
    public void ScorePage_ExtraBoilerplate_CountsFalsePositives()
    {
        var score = ShingleMetric.ScorePage("một hai ba bốn năm", "một hai ba bốn năm sáu bảy");

        Assert.Equal(2.0 / 4, score.TruePositive, 6);
        Assert.Equal(2.0 / 4, score.FalsePositive, 6);
        Assert.Equal(0, score.FalseNegative);
    }

    [Fact]
    public void Tokens_PunctuationAndDecomposedText_SplitOnNonWordCharacters()
    {
        Assert.Equal(["Hợp", "tác", "1,5"[..1], "5", "tỷ", "ab_c"], ShingleMetric.Tokens("Hợp-tác: 1,5 tỷ (ab_c)".Normalize(System.Text.NormalizationForm.FormD)));
    }
}
