using System.Text;
using Pipeline.Analysis.Counts;
using Pipeline.Analysis.Dates;

namespace Pipeline.Analysis.Tests.Counts;

public sealed class CountExtractorTests
{
    private static readonly DateTimeOffset May2025 = new(2025, 5, 20, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("Ngành y tế tiếp đón 46 đoàn bác sĩ nước ngoài.", 46, "exact", "đoàn", null)]
    [InlineData("Có gần 14 nghìn đơn vị y tế ngoài công lập.", 14000, "less_than", "đơn", null)]
    [InlineData("Dự án trị giá hơn 1,5 tỷ đồng đã hoàn thành.", 1500000000, "more_than", "đồng", "VND")]
    [InlineData("Nhật Bản viện trợ 46.000 liều vắc xin sởi.", 46000, "exact", "liều", null)]
    [InlineData("Khoản vay khoảng 2,3 triệu USD được giải ngân.", 2300000, "about", "USD", "USD")]
    [InlineData("Chiến dịch tiêm cho chín triệu trẻ em.", 9000000, "exact", "trẻ", null)]
    [InlineData("Quỹ hỗ trợ nửa triệu người dân.", 500000, "exact", "người", null)]
    [InlineData("Tổng vốn 30 triệu euro từ KfW.", 30000000, "exact", "euro", "EUR")]
    [InlineData("Hơn 10 triệu dân trên địa bàn.", 10000000, "more_than", "dân", null)]
    [InlineData("Dưới 200 cán bộ tham gia.", 200, "less_than", "cán", null)]
    public void Extract_VietnameseQuantities_ValueApproxNoun(string text, double value, string approx, string head, string? currency)
    {
        var count = Assert.Single(CountExtractor.Extract(text, []));

        Assert.Equal((decimal)value, count.Value);
        Assert.Equal(approx, count.Approx);
        Assert.StartsWith(head, count.Noun, StringComparison.Ordinal);
        Assert.Equal(currency, count.Currency);
        Assert.Equal(count.Span, text.Substring(count.Start, count.Span.Length));
    }

    [Theory]
    [InlineData("Hợp tác trong 3 năm, đào tạo 18 tháng.")]
    [InlineData("Bé trai 5 tuổi đã được cứu.")]
    [InlineData("Tỷ lệ tiêm chủng đạt 95% trong quý.")]
    [InlineData("Hội nghị lần thứ 10 diễn ra tại Hà Nội.")]
    [InlineData("Kỷ niệm 80 năm thành lập ngành.")]
    [InlineData("Hai bên thống nhất, hai nước cùng ký kết.")]
    [InlineData("Hàng trăm người dân tham gia, nhiều bác sĩ có mặt.")]
    [InlineData("Cuộc họp lúc 21:31 về biến thể COVID-19 và cúm H5N1.")]
    public void Extract_NotCounts_NothingFound(string text)
    {
        Assert.Empty(CountExtractor.Extract(text, []));
    }

    [Fact]
    public void Extract_NumbersInsideDates_NotCounts()
    {
        const string text = "Ngày 14/5/2025, đoàn gồm 12 chuyên gia đến làm việc.";
        var dates = DateExtractor.Extract(text, May2025);

        var count = Assert.Single(CountExtractor.Extract(text, dates));

        Assert.Equal(12, count.Value);
    }

    [Fact]
    public void Extract_SameQuantityTwice_ReportedOnce()
    {
        var counts = CountExtractor.Extract("Trao 46.000 liều vắc xin. Số 46.000 liều vắc xin này được phân bổ ngay.", []);

        Assert.Single(counts);
    }

    [Theory]
    [InlineData(10_000_000, 'x')]
    [InlineData(2_000_000, '9')]
    public void Extract_HugeDegenerateText_Completes(int length, char fill)
    {
        var text = new StringBuilder(length).Append(fill, length).ToString();

        Assert.True(CountExtractor.Extract(text, []).Count <= 1);
    }
}
