using System.Text;
using Pipeline.Analysis.Topics;

namespace Pipeline.Analysis.Tests.Topics;

public sealed class TopicFeaturizerTests
{
    private const string Text = "Bệnh viện Đa khoa tỉnh Hòa Bình tiếp nhận thiết bị do KOICA tài trợ.\nHai bên sẽ phối hợp đào tạo điều dưỡng.";

    [Fact]
    public void Featurize_SameText_SameVectorEveryTime()
    {
        var first = TopicFeaturizer.Featurize(Text, null);
        var second = TopicFeaturizer.Featurize(Text, null);

        Assert.Equal(first.Indices, second.Indices);
        Assert.Equal(first.Values, second.Values);
        Assert.True(first.Indices.SequenceEqual(first.Indices.Order()));
    }

    [Fact]
    public void Featurize_NfdAndOtherTonePlacement_SameVector()
    {
        var nfc = TopicFeaturizer.Featurize(Text, null);
        var nfd = TopicFeaturizer.Featurize(Text.Normalize(NormalizationForm.FormD), null);
        var newStyle = TopicFeaturizer.Featurize(Text.Replace("Hòa", "Hoà", StringComparison.Ordinal), null);

        Assert.Equal(nfc.Indices, nfd.Indices);
        Assert.Equal(nfc.Indices, newStyle.Indices);
    }

    [Fact]
    public void FeaturizeWithParagraphs_WholeEqualsFeaturizeAndParagraphsEqualTheirOwn()
    {
        var lines = new[] { "Đoàn chuyên gia Nhật Bản chuyển giao kỹ thuật ghép gan cho Bệnh viện Chợ Rẫy trong ba năm tới.", "Dự án do JICA tài trợ với tổng vốn 2 triệu USD, gồm đào tạo 40 bác sĩ và trang thiết bị phòng mổ." };
        var text = string.Join('\n', lines);

        var (whole, paragraphs) = TopicFeaturizer.FeaturizeWithParagraphs(text, null, 20, sorted: true);

        Assert.Equal(TopicFeaturizer.Featurize(text, null).Indices, whole.Indices);
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(TopicFeaturizer.Featurize(lines[1], null).Values, paragraphs[1].Values);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n ")]
    [InlineData("🙂🙂🙂 ١٢٣ 東京")]
    public void Featurize_OddInput_NoException(string text)
    {
        var (indices, values) = TopicFeaturizer.Featurize(text, null);

        Assert.Equal(indices.Length, values.Length);
        Assert.All(values, v => Assert.True(float.IsFinite(v)));
    }

    [Fact]
    public void Featurize_HugeTextWithoutSpaces_CappedAndFinite()
    {
        var huge = new string('x', 10_000_000);

        var (indices, values) = TopicFeaturizer.Featurize(huge, null);

        Assert.InRange(indices.Length, 1, 10);
        Assert.All(values, v => Assert.True(float.IsFinite(v)));
    }

    [Fact]
    public void Featurize_ForeignNameMentioned_MentionCountSlotSet()
    {
        var foreign = TopicFeaturizer.Featurize("Đoàn bác sĩ tỉnh Hủa Phăn, Lào sang thăm Bệnh viện Hữu nghị Việt Đức.", null);
        var domestic = TopicFeaturizer.Featurize("Đoàn bác sĩ tỉnh Điện Biên sang thăm Bệnh viện Hữu nghị Việt Đức.", null);

        Assert.Contains(TopicFeaturizer.Hash('x', "one"), foreign.Indices);
        Assert.Contains(TopicFeaturizer.Hash('x', "none"), domestic.Indices);
    }
}
