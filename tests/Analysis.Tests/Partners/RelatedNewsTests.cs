using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class RelatedNewsTests
{
    [Fact]
    public void Mask_RelatedHeadlines_BlankedToTheEnd()
    {
        const string text = "Bệnh viện Bạch Mai hợp tác với Nhật Bản.\nTin liên quan:\nHàn Quốc tặng máy thở cho Huế\nCuba cử bác sĩ sang Quảng Bình";

        var masked = RelatedNews.Mask(text);

        Assert.Equal(text.Length, masked.Length);
        Assert.StartsWith("Bệnh viện Bạch Mai hợp tác với Nhật Bản.\n", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("Hàn Quốc", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("Cuba", masked, StringComparison.Ordinal);
        Assert.Equal(text.Count(c => c == '\n'), masked.Count(c => c == '\n'));
    }

    [Fact]
    public void Mask_LongParagraphAfterHeadlines_ReadAgain()
    {
        var paragraph = "Theo kế hoạch, Bộ Y tế Lào sẽ tiếp tục cử cán bộ sang học tập tại các bệnh viện tuyến trung ương trong năm tới, "
            + "tập trung vào hồi sức cấp cứu, chẩn đoán hình ảnh và quản lý bệnh viện, với kinh phí do hai bên cùng đóng góp theo thỏa thuận.";
        var text = $"XEM THÊM\nHàn Quốc tặng máy thở\n{paragraph}";

        var masked = RelatedNews.Mask(text);

        Assert.DoesNotContain("Hàn Quốc", masked, StringComparison.Ordinal);
        Assert.EndsWith(paragraph, masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bệnh viện tiếp nhận thiết bị liên quan đến tim mạch.\nHàn Quốc tặng máy thở.")]
    [InlineData("Tin liên quan đến dịch bệnh được cập nhật hằng ngày.\nHàn Quốc tặng máy thở.")]
    public void Mask_NoHeaderLine_TextUnchanged(string text)
    {
        Assert.Same(text, RelatedNews.Mask(text));
    }
}
