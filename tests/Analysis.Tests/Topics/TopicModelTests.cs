using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Analysis.Topics;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Tests.Topics;

public sealed class TopicModelTests : IClassFixture<TopicModelTests.SmallModel>, IDisposable
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
    private readonly SmallModel small;
    private readonly string file = Path.Combine(Path.GetTempPath(), $"model-{Guid.NewGuid():N}.zip");

    public TopicModelTests(SmallModel small) => this.small = small;

    [Fact]
    public void Classify_CooperationText_TopicsAndCooperation()
    {
        var (topics, cooperation) = small.Model.Classify(
            "Sáng 12-4, Bệnh viện Bạch Mai tiếp nhận hệ thống máy chụp cộng hưởng từ và thiết bị phòng mổ do Chính phủ Nhật Bản viện trợ không hoàn lại thông qua JICA.",
            null);

        Assert.True(cooperation.Value);
        Assert.Contains(topics, t => t.Label == "infrastructure-equipment");
        Assert.DoesNotContain(topics, t => t.Label == Taxonomy.Other);
        Assert.All(topics, t => Assert.InRange(t.Score, 0, 1));
    }

    [Fact]
    public void Classify_CooperationListingAreas_EveryListedAreaApplies()
    {
        var (topics, cooperation) = small.Model.Classify(
            "Chính phủ Nhật Bản viện trợ không hoàn lại thông qua JICA cho Bệnh viện Bạch Mai hệ thống máy chụp cộng hưởng từ; hai bên cũng nhất trí mở rộng hợp tác trong các lĩnh vực nghiên cứu và chuyển đổi số.",
            null);

        Assert.True(cooperation.Value);
        Assert.Contains(topics, t => t.Label == "research-expert-exchange");
        Assert.Contains(topics, t => t.Label == "digital-health");
        Assert.Equal(topics.OrderByDescending(t => t.Score).Select(t => t.Score), topics.Select(t => t.Score));
    }

    [Fact]
    public void Classify_EmptyText_OtherAndNotCooperation()
    {
        var (topics, cooperation) = small.Model.Classify("   ", null);

        Assert.False(cooperation.Value);
        Assert.Equal(Taxonomy.Other, Assert.Single(topics).Label);
    }

    [Fact]
    public void SaveAndLoad_SameProbabilitiesAndMetadata()
    {
        small.Model.Save(file);
        var loaded = TopicModel.Load(file);
        const string text = "Tổ chức Y tế Thế giới hỗ trợ Bộ Y tế tập huấn giám sát bệnh sởi cho 200 cán bộ y tế dự phòng.";

        Assert.Equal(small.Model.Metadata.TrainingDataSha256, loaded.Metadata.TrainingDataSha256);
        Assert.Equal(small.Model.Metadata.Created, loaded.Metadata.Created);
        var expected = small.Model.Probabilities(text, null);
        var actual = loaded.Probabilities(text, null);
        Assert.All(expected, p => Assert.Equal(p.Value, actual[p.Key], 5));
    }

    [Fact]
    public void Train_SameDataAndSeed_SameModel()
    {
        var again = small.Train();
        const string text = "Đại học Monash (Australia) và Bệnh viện Nhi Trung ương hợp tác nghiên cứu bệnh tim bẩm sinh.";

        var first = small.Model.Probabilities(text, null);
        var second = again.Probabilities(text, null);

        Assert.All(first, p => Assert.Equal(p.Value, second[p.Key], 6));
        Assert.Equal(small.Model.Metadata.Thresholds, again.Metadata.Thresholds);
    }

    [Fact]
    public void Load_NotAModel_ClearError()
    {
        File.WriteAllText(file, "not a zip");

        var error = Assert.Throws<InvalidDataException>(() => TopicModel.Load(file));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_RecordsSeedDataHashAndCrossValidation()
    {
        var metadata = small.Model.Metadata;

        Assert.Equal(7, metadata.Seed);
        Assert.Equal("abc123", metadata.TrainingDataSha256);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), metadata.Created);
        Assert.Equal(TopicTrainer.Sdca, metadata.Algorithm);
        Assert.Contains(TopicModel.CooperationTarget, metadata.CrossValidation[TopicTrainer.Sdca].Keys);
        Assert.All(metadata.Thresholds.Values, t => Assert.InRange(t, 0.05, 0.95));
        Assert.Equal(0.5, metadata.ParagraphWeight);
    }

    [Theory]
    [InlineData(0.2, 0.8, 0.5, 0.5)]
    [InlineData(0.2, 0.8, 1.0, 0.8)]
    [InlineData(0.2, 0.8, 0.0, 0.2)]
    [InlineData(0.6, 0.3, 0.5, 0.6)]
    [InlineData(0.4, null, 0.5, 0.4)]
    public void Pool_WholeAndBestParagraph_MovesPartWayTowardsTheBetterParagraph(double whole, double? paragraph, double weight, double expected)
    {
        Assert.Equal(expected, TopicModel.Pool(whole, paragraph, weight), 9);
    }

    [Fact]
    public void Probabilities_LongText_LabelsPooledWithTheBestParagraphCooperationFromTheWholeText()
    {
        var paragraphs = new[]
        {
            "Sáng 12-4, Bệnh viện Bạch Mai tiếp nhận hệ thống máy chụp cộng hưởng từ và thiết bị phòng mổ do Chính phủ Nhật Bản viện trợ không hoàn lại thông qua JICA.",
            "Cũng trong dịp này, 40 điều dưỡng của bệnh viện bắt đầu khóa tập huấn ba tháng về chăm sóc người bệnh sau mổ do chuyên gia Nhật Bản giảng dạy.",
        };
        var text = string.Join('\n', paragraphs);

        var (whole, scored) = small.Model.WholeAndParagraphs(text, null);
        var pooled = small.Model.Probabilities(text, null);

        Assert.Equal(2, scored.Count);
        Assert.Equal(whole[TopicModel.CooperationTarget], pooled[TopicModel.CooperationTarget], 9);
        foreach (var label in whole.Keys.Where(k => k != TopicModel.CooperationTarget))
        {
            Assert.Equal(TopicModel.Pool(whole[label], scored.Max(p => p[label]), small.Model.Metadata.ParagraphWeight), pooled[label], 9);
        }
    }

    [Fact]
    public void Metadata_FileWithoutParagraphWeight_ReadsAsMaxPooling()
    {
        var json = JsonSerializer.Serialize(small.Model.Metadata with { ParagraphWeight = 0.25 }, WebJson)
            .Replace(",\"paragraphWeight\":0.25", string.Empty, StringComparison.Ordinal);

        var metadata = JsonSerializer.Deserialize<TopicModelMetadata>(json, WebJson)!;

        Assert.DoesNotContain("paragraphWeight", json, StringComparison.Ordinal);
        Assert.Equal(1.0, metadata.ParagraphWeight);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Validate_ParagraphWeightOutOfRange_Throws(double weight)
    {
        var error = Assert.Throws<ArgumentException>(() => new TopicTrainerOptions { ParagraphWeight = weight }.Validate());

        Assert.Contains("ParagraphWeight", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(file);

    /// <summary>A model trained once per test class on every sixth shipped example (seconds, not the full minute).</summary>
    public sealed class SmallModel
    {
        private readonly IReadOnlyList<TopicExample> examples;
        private readonly Taxonomy taxonomy = Taxonomy.Load(Path.Combine(AppContext.BaseDirectory, "data", "taxonomy.json"));

        public SmallModel()
        {
            var (all, _) = TopicTrainingData.Load(Path.Combine(AppContext.BaseDirectory, "data", "training", "topics.jsonl"), taxonomy);
            examples = all.Where((_, i) => i % 6 == 0).ToList();
            Model = Train();
        }

        public TopicModel Model { get; }

        public TopicModel Train()
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
            var trainer = new TopicTrainer(taxonomy, _ => Array.Empty<PartnerFact>(), clock);
            return trainer.Train(examples, [], new TopicTrainerOptions { Seed = 7, Folds = 2 }, "abc123", 0);
        }
    }
}
