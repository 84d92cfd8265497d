using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class MentionContextTests
{
    [Theory]
    [InlineData("Theo hãng tin Yonhap, đoàn sẽ sang.", "Yonhap", true)]
    [InlineData("Theo khuyến cáo của WHO, nên tiêm nhắc lại.", "WHO", true)]
    [InlineData("WHO ước tính có 10 triệu ca.", "WHO", true)]
    [InlineData("WHO hỗ trợ Việt Nam xét nghiệm.", "WHO", false)]
    [InlineData("Dự án do WHO tài trợ.", "WHO", false)]
    public void ReportsOrCites_WordsAroundTheName_Decide(string text, string name, bool expected)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);

        Assert.Equal(expected, MentionContext.ReportsOrCites(text, start, start + name.Length));
    }

    [Theory]
    [InlineData("Việt Nam nhận 2 triệu liều vắc xin AstraZeneca.", "AstraZeneca", true)]
    [InlineData("Bệnh viện dùng thuốc Novartis.", "Novartis", true)]
    [InlineData("Tập đoàn AstraZeneca ký kết hợp tác.", "AstraZeneca", false)]
    public void NamesProduct_ProductWordBefore_True(string text, string name, bool expected)
    {
        Assert.Equal(expected, MentionContext.NamesProduct(text, text.IndexOf(name, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Văn phòng WHO tại Việt Nam hỗ trợ.", "Văn phòng WHO tại Việt Nam")]
    [InlineData("Văn phòng Đại diện JICA tại TP Hồ Chí Minh khai trương.", "Văn phòng Đại diện JICA tại TP Hồ Chí Minh")]
    [InlineData("Văn phòng WHO hỗ trợ.", null)]
    [InlineData("WHO tại Việt Nam hỗ trợ.", null)]
    public void OfficeOf_MissionWordAndSeat_OfficeSpan(string text, string? office)
    {
        var name = text.Contains("JICA", StringComparison.Ordinal) ? "JICA" : "WHO";
        var at = text.IndexOf(name, StringComparison.Ordinal);

        var found = MentionContext.OfficeOf(text, at, at + name.Length);

        Assert.Equal(office, found is { } span ? text[span.Start..span.End] : null);
    }
}
