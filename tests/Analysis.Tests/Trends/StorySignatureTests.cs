using Pipeline.Analysis.Trends;

namespace Pipeline.Analysis.Tests.Trends;

public sealed class StorySignatureTests
{
    private const string Story =
        "Sáng 20-5, Bệnh viện Bạch Mai và Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) đã ký kết dự án nâng cao năng lực cấp cứu, hồi sức giai đoạn 2025-2028.\n"
        + "Theo thỏa thuận, phía Nhật Bản sẽ cử 12 chuyên gia sang làm việc dài hạn, đào tạo 300 bác sĩ, điều dưỡng và trao tặng trang thiết bị trị giá 430 triệu yên.\n"
        + "Giám đốc bệnh viện cho biết dự án giúp chuẩn hóa quy trình cấp cứu, rút ngắn thời gian xử trí người bệnh nặng và mở rộng mạng lưới chuyển tuyến.\n"
        + "Hai bên cũng thống nhất tổ chức hội thảo khoa học thường niên, trao đổi kinh nghiệm về hồi sức tích cực và kiểm soát nhiễm khuẩn.";

    [Fact]
    public void Of_SameText_SameSignature()
    {
        Assert.Equal(StorySignature.Of(Story), StorySignature.Of(Story));
        Assert.NotEqual(0, StorySignature.Of(Story));
    }

    [Theory]
    [InlineData("hợp")]
    [InlineData("Hợp")]
    [InlineData("H\u006F\u031B\u0323p")]
    public void Of_OneWord_FnvOneAWithTheAvalancheOfThatWordInAnyCaseAndUnicodeForm(string word)
    {
        // Signatures are stored with the trend rows and compared across runs and machines, so they must not depend on
        // the process (string.GetHashCode does). The value is FNV-1a 64 of "hợp " in UTF-8 followed by MurmurHash3's
        // fmix64, computed outside this code.
        Assert.Equal(unchecked((long)0xba44b17785d82abcUL), StorySignature.Of(word));
    }

    [Fact]
    public void Distance_CopyWithSourceLineAndTrim_FewBits()
    {
        var copy = Story.Replace("giai đoạn 2025-2028", "giai đoạn 2025 - 2028", StringComparison.Ordinal) + "\nTheo Nhịp sống Y tế.";

        Assert.InRange(StorySignature.Distance(StorySignature.Of(Story), StorySignature.Of(copy)), 0, new TrendOptions().SyndicationMaxDistance);
    }

    [Fact]
    public void Distance_AnotherStoryWithTheSameNames_ManyBits()
    {
        var other = "Chiều 3-7, Bệnh viện Bạch Mai tổ chức tổng kết công tác khám, chữa bệnh sáu tháng đầu năm, ghi nhận hơn 1,2 triệu lượt người bệnh.\n"
            + "Bệnh viện đã triển khai bệnh án điện tử toàn viện, giảm thời gian chờ khám và kết nối dữ liệu với bảo hiểm xã hội.\n"
            + "Trong năm, bệnh viện tiếp tục mở rộng khu cấp cứu, bổ sung 40 giường hồi sức và tăng cường đào tạo cho tuyến dưới.";

        Assert.True(StorySignature.Distance(StorySignature.Of(Story), StorySignature.Of(other)) > new TrendOptions().SyndicationMaxDistance);
    }

    [Fact]
    public void Distance_SameSignature_Zero()
    {
        Assert.Equal(0, StorySignature.Distance(42, 42));
        Assert.Equal(64, StorySignature.Distance(0, -1));
    }
}
