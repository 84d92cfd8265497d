using System.Text;
using Pipeline.Analysis.Dates;

namespace Pipeline.Analysis.Tests.Dates;

public sealed class DateExtractorTests
{
    // A Tuesday: the week before runs from Monday 12 to Sunday 18 May.
    private static readonly DateTimeOffset May2025 = new(2025, 5, 20, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("Sáng 20-5, Thủ tướng chủ trì hội nghị.", "Sáng 20-5", "2025-05-20")]
    [InlineData("Ngày 14/5/2025 Chi cục đã ban hành quyết định.", "Ngày 14/5/2025", "2025-05-14")]
    [InlineData("Lúc 7h30 ngày 2/5/2025, xe cấp cứu đã đến.", "7h30 ngày 2/5/2025", "2025-05-02")]
    [InlineData("Chiều ngày 16/5, đoàn công tác tới Cần Thơ.", "Chiều ngày 16/5", "2025-05-16")]
    [InlineData("Sáng thứ Hai (19-5), đoàn công tác làm việc.", "Sáng thứ Hai (19-5)", "2025-05-19")]
    [InlineData("Tối 11.5, bệnh viện tiếp nhận ca bệnh nặng.", "Tối 11.5", "2025-05-11")]
    [InlineData("Văn bản được ký ngày 3 tháng 9 năm 2019 tại Hà Nội.", "ngày 3 tháng 9 năm 2019", "2019-09-03")]
    [InlineData("Bản tin cập nhật 18.07.2017 lúc 10 giờ.", "18.07.2017", "2017-07-18")]
    [InlineData("Đến hết tháng 7-2025 phải hoàn thành.", "tháng 7-2025", "2025-07")]
    [InlineData("Kết quả quý I/2025 khả quan.", "quý I/2025", "2025-01-01/2025-03-31")]
    [InlineData("Báo cáo quý III năm 2024 nêu rõ tiến độ.", "quý III năm 2024", "2024-07-01/2024-09-30")]
    [InlineData("Năm 2024 đánh dấu nhiều thay đổi.", "Năm 2024", "2024")]
    [InlineData("Bệnh viện mở cửa xuyên Tết Dương lịch 2026 để tiếp nhận người bệnh.", "Tết Dương lịch 2026", "2026-01-01")]
    [InlineData("Ngày 14.2, đoàn bác sĩ Nhật Bản tới Huế.", "Ngày 14.2", "2025-02-14")]
    [InlineData("Hôm 9.4, hai bệnh viện ký thỏa thuận.", "Hôm 9.4", "2025-04-09")]
    [InlineData("Cập nhật 3 March, 2024 – Đoàn chuyên gia đã về nước.", "3 March, 2024", "2024-03-03")]
    [InlineData("Posted on June 7, 2023 by the editor.", "June 7, 2023", "2023-06-07")]
    public void Extract_Days_Resolved(string text, string span, string resolved) => AssertSingle(text, span, resolved, May2025);

    [Theory]
    [InlineData("Hội thảo khoa học diễn ra từ ngày 21 đến 23 tháng 8 năm 2013 tại Huế.", "từ ngày 21 đến 23 tháng 8 năm 2013", "2013-08-21/2013-08-23")]
    [InlineData("Hội nghị diễn ra từ ngày 1 đến 5/6.", "từ ngày 1 đến 5/6", "2025-06-01/2025-06-05")]
    [InlineData("Đợt khám sàng lọc 26-31/8 thu hút đông người dân.", "26-31/8", "2024-08-26/2024-08-31")]
    [InlineData("Lớp học chạy từ ngày 5 - 9/5/2025 ở Đà Nẵng.", "từ ngày 5 - 9/5/2025", "2025-05-05/2025-05-09")]
    [InlineData("Chiến dịch tiêm bù 28/4 - 2/5 đã kết thúc.", "28/4 - 2/5", "2025-04-28/2025-05-02")]
    [InlineData("Đoàn chuyên gia làm việc tại tỉnh từ ngày 6/5-9/5.", "từ ngày 6/5-9/5", "2025-05-06/2025-05-09")]
    [InlineData("Kíp ghép tạng làm việc từ tối 2/5 đến trưa 3/5 liên tục.", "từ tối 2/5 đến trưa 3/5", "2025-05-02/2025-05-03")]
    [InlineData("Khóa tập huấn (12 và 13/5) có 40 học viên.", "12 và 13/5", "2025-05-12/2025-05-13")]
    [InlineData("Dự án triển khai từ tháng 11/2021 đến tháng 02/2022 ở ba huyện.", "từ tháng 11/2021 đến tháng 02/2022", "2021-11-01/2022-02-28")]
    [InlineData("Giai đoạn thí điểm kéo dài từ tháng 1-2023 đến tháng 6-2025.", "từ tháng 1-2023 đến tháng 6-2025", "2023-01-01/2025-06-30")]
    [InlineData("Chiến dịch diễn ra tháng 3-4/2024 tại các xã.", "tháng 3-4/2024", "2024-03-01/2024-04-30")]
    [InlineData("Ông công tác tại bệnh viện từ năm 1993 đến 2009.", "từ năm 1993 đến 2009", "1993-01-01/2009-12-31")]
    [InlineData("Hai trường hợp tác từ năm 2022 đến năm 2025.", "từ năm 2022 đến năm 2025", "2022-01-01/2025-12-31")]
    [InlineData("Trong những năm 1980–1990, ngành y tế còn nhiều khó khăn.", "những năm 1980–1990", "1980-01-01/1990-12-31")]
    [InlineData("Trong những năm 1980-1990, ngành y tế còn nhiều khó khăn.", "những năm 1980-1990", "1980-01-01/1990-12-31")]
    [InlineData("Chương trình giai đoạn 2025-2030 được phê duyệt.", "giai đoạn 2025-2030", "2025-01-01/2030-12-31")]
    [InlineData("Kế hoạch đầu tư giai đoạn 2019 - 2021 được điều chỉnh.", "giai đoạn 2019 - 2021", "2019-01-01/2021-12-31")]
    [InlineData("Dự án kéo dài 3 năm (2016-2018) với nhiều hạng mục.", "2016-2018", "2016-01-01/2018-12-31")]
    [InlineData("Hai viện phối hợp từ quý I/2024 đến quý II/2025.", "từ quý I/2024 đến quý II/2025", "2024-01-01/2025-06-30")]
    public void Extract_RangeWrittenAsTwoEnds_OneRange(string text, string span, string resolved) => AssertSingle(text, span, resolved, May2025);

    [Theory]
    [InlineData("Lớp tập huấn mở vào đầu tháng 6.", "đầu tháng 6", "2025-06-01/2025-06-10")]
    [InlineData("Lớp học khai giảng giữa tháng 6.", "giữa tháng 6", "2025-06-11/2025-06-20")]
    [InlineData("Hồ sơ nộp trước cuối tháng 2/2024.", "cuối tháng 2/2024", "2024-02-21/2024-02-29")]
    [InlineData("Thiết bị về đến nơi vào cuối tháng này.", "cuối tháng này", "2025-05-21/2025-05-31")]
    [InlineData("Đầu năm nay, Sở Y tế đã tổ chức tập huấn.", "Đầu năm nay", "2025-01-01/2025-03-31")]
    [InlineData("Công trình dự kiến khánh thành vào cuối năm.", "cuối năm", "2025-10-01/2025-12-31")]
    [InlineData("Kế hoạch sẽ hoàn thành vào cuối năm 2025.", "cuối năm 2025", "2025-10-01/2025-12-31")]
    [InlineData("Trong 6 tháng đầu năm 2024, Sở đã triển khai 14 dự án.", "6 tháng đầu năm 2024", "2024-01-01/2024-06-30")]
    [InlineData("Số ca mắc trong 9 tháng đầu năm 2023 giảm mạnh.", "9 tháng đầu năm 2023", "2023-01-01/2023-09-30")]
    [InlineData("Ba tháng cuối năm ngoái, số ca bệnh tăng.", "Ba tháng cuối năm ngoái", "2024-10-01/2024-12-31")]
    [InlineData("Nửa đầu năm nay, bệnh viện tiếp nhận nhiều ca ghép.", "Nửa đầu năm nay", "2025-01-01/2025-06-30")]
    public void Extract_PartsOfMonthsAndYears_Resolved(string text, string span, string resolved) => AssertSingle(text, span, resolved, May2025);

    [Theory]
    [InlineData("Từ đầu năm đến nay, ngành y tế đã tiếp 46 đoàn.", "Từ đầu năm đến nay", "2025-01-01/2025-05-20")]
    [InlineData("Hai bên hợp tác từ năm 2018 đến nay.", "từ năm 2018 đến nay", "2018-01-01/2025-05-20")]
    [InlineData("Từ tháng 3 đến nay, tỉnh ghi nhận 12 ổ dịch.", "Từ tháng 3 đến nay", "2025-03-01/2025-05-20")]
    [InlineData("Kể từ năm 2019 tới nay, quỹ đã tài trợ nhiều đợt.", "Kể từ năm 2019 tới nay", "2019-01-01/2025-05-20")]
    [InlineData("Từ đầu tháng 4 đến nay, bệnh viện quá tải.", "Từ đầu tháng 4 đến nay", "2025-04-01/2025-05-20")]
    public void Extract_FromUntilNow_RunsToPublication(string text, string span, string resolved) => AssertSingle(text, span, resolved, May2025);

    [Theory]
    [InlineData("Hôm nay, hội nghị tổng kết được tổ chức.", "Hôm nay", "2025-05-20")]
    [InlineData("Đoàn đã đến Hà Nội hôm qua.", "hôm qua", "2025-05-19")]
    [InlineData("Ngày mai (22/5), hội nghị sẽ khai mạc.", "Ngày mai (22/5)", "2025-05-22")]
    [InlineData("Kể từ tháng này, người bệnh được thanh toán trực tuyến.", "tháng này", "2025-05")]
    [InlineData("Số ca bệnh tháng trước tăng nhẹ.", "tháng trước", "2025-04")]
    [InlineData("Tuần trước, Bộ Y tế đã họp với các tỉnh.", "Tuần trước", "2025-05-12/2025-05-18")]
    [InlineData("Cùng kỳ năm ngoái chỉ có 9 ca mắc.", "năm ngoái", "2024")]
    [InlineData("Dự án sẽ kết thúc năm nay.", "năm nay", "2025")]
    [InlineData("Cuối tuần này, đoàn y tế sẽ sang Lào.", "Cuối tuần này", "2025-05-24/2025-05-25")]
    [InlineData("Bệnh viện được Pháp giúp xây dựng từ 40 năm trước.", "40 năm trước", "1985")]
    [InlineData("Cách đây 12 năm, chương trình bắt đầu.", "Cách đây 12 năm", "2013")]
    public void Extract_RelativeWordsWithPublication_Resolved(string text, string span, string resolved) => AssertSingle(text, span, resolved, May2025);

    [Theory]
    [InlineData("Bệnh viện có 80 năm xây dựng và phát triển, 3 năm liên tiếp đạt chuẩn.")]
    [InlineData("Theo Quyết định số 123/QĐ-BYT và Nghị quyết 173/2024/QH15.")]
    [InlineData("Cuộc gọi lúc 21:31 kéo dài 18 tháng.")]
    [InlineData("Hai năm nay, bệnh viện không ngừng mở rộng.")]
    [InlineData("Khoảng 3 tháng trước, trạm y tế được sửa chữa.")]
    [InlineData("Số ca mắc tăng 30% so với 4 tuần trước đó.")]
    [InlineData("Trong những tuần tới, dịch có thể tăng.")]
    [InlineData("Bệnh nhân Trần Văn B (sinh năm 1975) được chuyển viện.")]
    [InlineData("Lễ khai giảng đầu năm học diễn ra trang trọng.")]
    [InlineData("Khoảng 3/5 số xã đã đạt chuẩn.")]
    [InlineData("Tỷ lệ bao phủ tăng từ 1/3 - 1/2 dân số.")]
    [InlineData("Mỗi ngày 1.5 lít nước được phát cho người dân.")]
    [InlineData("Mỗi ngày 2.5 kg gạo được phát cho người dân.")]
    [InlineData("Kết quả tốt hơn nhiều so với 5 năm trước đó.")]
    [InlineData("Số người khám tăng từ 1950 đến 2000 người mỗi tuần.")]
    public void Extract_NotDates_NothingFound(string text)
    {
        Assert.Empty(DateExtractor.Extract(text, May2025));
    }

    [Fact]
    public void Extract_DayMonthLaterThanAMonthAfterPublication_PreviousYear()
    {
        var date = Assert.Single(DateExtractor.Extract("Ngày 28-12, hội nghị tổng kết diễn ra.", new DateTimeOffset(2025, 1, 5, 8, 0, 0, TimeSpan.FromHours(7))));

        Assert.Equal("2024-12-28", date.Resolved);
    }

    [Fact]
    public void Extract_RangeAcrossNewYearWithoutYear_EndsNextYear()
    {
        var date = Assert.Single(DateExtractor.Extract("Chợ hoa mở cửa 28/12 - 3/1 hằng năm.", new DateTimeOffset(2025, 1, 10, 8, 0, 0, TimeSpan.FromHours(7))));

        Assert.Equal("2024-12-28/2025-01-03", date.Resolved);
    }

    [Fact]
    public void Extract_NoPublicationDate_YearUnknownOrRelativeLeftOut()
    {
        var dates = DateExtractor.Extract("Sáng 20-5, năm nay, hội nghị được tổ chức. Từ đầu năm đến nay có 3 đoàn, tuần trước thêm 1 đoàn.", null);

        Assert.Equal(["XXXX-05-20"], dates.Select(d => d.Resolved));
    }

    [Fact]
    public void Extract_NoPublicationDateRangeWithoutYear_UnknownYearRange()
    {
        var date = Assert.Single(DateExtractor.Extract("Đoàn làm việc tại tỉnh (từ ngày 7 đến 9-6) theo kế hoạch.", null));

        Assert.Equal("từ ngày 7 đến 9-6", date.Span);
        Assert.Equal("XXXX-06-07/XXXX-06-09", date.Resolved);
    }

    [Fact]
    public void Extract_NoPublicationDateButDayWithYearInText_TakesThatYear()
    {
        var dates = DateExtractor.Extract("Chiều 4/11, đoàn tới Viêng Chăn. Trước đó, ngày 1/11/2019, hai bộ đã ký thỏa thuận.", null);

        Assert.Equal(["2019-11-04", "2019-11-01"], dates.Select(d => d.Resolved));
    }

    [Fact]
    public void Extract_NoPublicationDateOnlyMonthWithYear_YearStaysUnknown()
    {
        var dates = DateExtractor.Extract("Ngày 5/3, dự án khởi công. Dự án được phê duyệt tháng 9/2012.", null);

        Assert.Equal(["XXXX-03-05", "2012-09"], dates.Select(d => d.Resolved));
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

    // Inputs of the kind the dates fuzz target (tools/Fuzz, issue #27) found throwing: a digit of another script
    // matched by \d and then refused by int.Parse (U+0ED5 is Lao five), day 0 of a range reaching new DateTime, years
    // DateTime cannot hold reaching DateTime.DaysInMonth.
    [Theory]
    [InlineData("Sáng 20-\u0ED5, đoàn công tác làm việc tại Sở Y tế.")]
    [InlineData("Ngày \u0ED2\u0ED0/5/2025, bệnh viện nhận thiết bị.")]
    [InlineData("Hội chợ thuốc diễn ra 0-5/6 tại Huế.")]
    [InlineData("Kết quả quý I/0000 được công bố.")]
    [InlineData("Cuối tháng 2/0000 đoàn công tác trở về.")]
    public void Extract_OtherScriptDigitsDayZeroOrYearOutsideCalendar_NoDate(string text)
    {
        foreach (var published in new DateTimeOffset?[] { May2025, null })
        {
            Assert.Empty(DateExtractor.Extract(text, published));
        }
    }

    [Theory]
    [InlineData("Từ tháng 11/9999 đến tháng 2, kế hoạch chưa thay đổi.", "tháng 2", "2025-02")]
    [InlineData("Chương trình chạy từ tháng 2 đến tháng 3/0000.", "tháng 2", "2025-02")]
    public void Extract_RangeWithYearOutsideCalendar_OnlyTheBareMonth(string text, string span, string resolved) =>
        AssertSingle(text, span, resolved, May2025);

    [Theory]
    [InlineData("Hôm qua, đoàn bác sĩ lên đường.")]
    [InlineData("Ngày mai 27/8 đoàn sẽ tới.")]
    [InlineData("Tuần sau hai bên ký kết.")]
    public void Extract_PlaceholderPublicationDate_NoThrowAndNoRelativeDate(string text)
    {
        var dates = DateExtractor.Extract(text, DateTimeOffset.MinValue);

        Assert.DoesNotContain(dates, d => d.Resolved.StartsWith("00", StringComparison.Ordinal));
    }

    private static void AssertSingle(string text, string span, string resolved, DateTimeOffset? published)
    {
        var date = Assert.Single(DateExtractor.Extract(text, published));

        Assert.Equal(span, date.Span);
        Assert.Equal(resolved, date.Resolved);
        Assert.Equal(text.IndexOf(span, StringComparison.Ordinal), date.Start);
    }
}
