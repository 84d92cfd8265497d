using System.Text;
using Pipeline.Analysis.Dates;

namespace Pipeline.Analysis.Tests.Dates;

public sealed class DateExtractorTests
{
    private static readonly DateTimeOffset May2025 = new(2025, 5, 20, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("Sáng 20-5, Thủ tướng chủ trì hội nghị.", "Sáng 20-5", "2025-05-20")]
    [InlineData("Ngày 14/5/2025 Chi cục đã ban hành quyết định.", "Ngày 14/5/2025", "2025-05-14")]
    [InlineData("Đến hết tháng 7-2025 phải hoàn thành.", "tháng 7-2025", "2025-07")]
    [InlineData("Trong 6 tháng đầu năm 2024, Sở đã triển khai 14 dự án.", "6 tháng đầu năm 2024", "2024-01-01/2024-06-30")]
    [InlineData("Kết quả quý I/2025 khả quan.", "quý I/2025", "2025-01-01/2025-03-31")]
    [InlineData("Từ đầu năm đến nay, ngành y tế đã tiếp 46 đoàn.", "Từ đầu năm đến nay", "2025-01-01/2025-05-20")]
    [InlineData("Hội nghị diễn ra từ ngày 1 đến 5/6.", "từ ngày 1 đến 5/6", "2025-06-01/2025-06-05")]
    [InlineData("Chương trình giai đoạn 2025-2030 được phê duyệt.", "giai đoạn 2025-2030", "2025/2030")]
    [InlineData("Hai bên hợp tác từ năm 2018 đến nay.", "từ năm 2018 đến nay", "2018/2025-05-20")]
    [InlineData("Sáng thứ Hai (19-5), đoàn công tác làm việc.", "Sáng thứ Hai (19-5", "2025-05-19")]
    [InlineData("Kế hoạch sẽ hoàn thành vào cuối năm 2025.", "cuối năm 2025", "2025-10-01/2025-12-31")]
    [InlineData("Lớp học khai giảng giữa tháng 6.", "giữa tháng 6", "2025-06-11/2025-06-20")]
    [InlineData("Năm 2024 đánh dấu nhiều thay đổi.", "Năm 2024", "2024")]
    [InlineData("Dự án sẽ kết thúc năm nay.", "năm nay", "2025")]
    public void Extract_VietnameseForms_Resolved(string text, string span, string resolved)
    {
        var date = Assert.Single(DateExtractor.Extract(text, May2025));

        Assert.Equal(span, date.Span);
        Assert.Equal(resolved, date.Resolved);
        Assert.Equal(text.IndexOf(span, StringComparison.Ordinal), date.Start);
    }

    [Fact]
    public void Extract_DayMonthLaterThanAMonthAfterPublication_PreviousYear()
    {
        var date = Assert.Single(DateExtractor.Extract("Ngày 28-12, hội nghị tổng kết diễn ra.", new DateTimeOffset(2025, 1, 5, 8, 0, 0, TimeSpan.FromHours(7))));

        Assert.Equal("2024-12-28", date.Resolved);
    }

    [Fact]
    public void Extract_NoPublicationDate_YearUnknownOrRelativeLeftOut()
    {
        var dates = DateExtractor.Extract("Sáng 20-5, năm nay, hội nghị được tổ chức.", null);

        Assert.Equal(["XXXX-05-20"], dates.Select(d => d.Resolved));
    }

    [Theory]
    [InlineData("Bệnh viện có 80 năm xây dựng và phát triển, 3 năm liên tiếp đạt chuẩn.")]
    [InlineData("Theo Quyết định số 123/QĐ-BYT và Nghị quyết 173/2024/QH15.")]
    [InlineData("Cuộc gọi lúc 21:31 kéo dài 18 tháng.")]
    public void Extract_NotDates_NothingFound(string text)
    {
        Assert.Empty(DateExtractor.Extract(text, May2025));
    }

    [Fact]
    public void Extract_SameDateTwice_ReportedOnce()
    {
        var dates = DateExtractor.Extract("Ngày 14/5/2025 ký kết. Đến ngày 14/5/2025 bàn giao.", May2025);

        var date = Assert.Single(dates);
        Assert.Equal(0, date.Start);
    }

    [Fact]
    public void Extract_OldTonePlacement_StillMatches()
    {
        Assert.Single(DateExtractor.Extract("Kế hoạch hoàn thành trong quý II/2025.", May2025));
    }

    [Theory]
    [InlineData(10_000_000, 'a')]
    [InlineData(2_000_000, '1')]
    public void Extract_HugeDegenerateText_Completes(int length, char fill)
    {
        var text = new StringBuilder(length).Append(fill, length).ToString();

        Assert.Empty(DateExtractor.Extract(text, May2025));
    }
}
