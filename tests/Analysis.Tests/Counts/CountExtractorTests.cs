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
    [InlineData("Chương trình đã tiếp cận khoảng 150,000 người di cư.", 150000, "about", "người", null)]
    [InlineData("Năm qua có 3,260 điều dưỡng được đào tạo lại.", 3260, "exact", "điều", null)]
    [InlineData("Quỹ cấp 2,500,000 liều vắc xin cho các tỉnh.", 2500000, "exact", "liều", null)]
    [InlineData("Dự án trị giá 2,125 tỷ đồng đã khởi công.", 2125000000, "exact", "đồng", "VND")]
    [InlineData("Khoảng 15-20 tình nguyện viên có mặt mỗi sáng.", 15, "about", "tình", null)]
    [InlineData("Mỗi đợt có 4-6 bác sĩ Hàn Quốc sang làm việc.", 4, "about", "bác", null)]
    [InlineData("Dịch ảnh hưởng tới hơn chục triệu người dân.", 10000000, "more_than", "người", null)]
    [InlineData("Có hai chục giường bệnh được kê thêm.", 20, "exact", "giường", null)]
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
    [InlineData("Bệnh viện Quân y 103 phối hợp với Quân khu 9 tổ chức khám bệnh.")]
    [InlineData("Trạm biến áp 220 kV cấp điện cho khu điều trị.")]
    [InlineData("Hàng chục đoàn công tác đã tới thăm.")]
    public void Extract_NotCounts_NothingFound(string text)
    {
        Assert.Empty(CountExtractor.Extract(text, []));
    }

    [Theory]
    [InlineData("Bệnh viện Việt Đức cử 3 bác sĩ hồi sức sang Hà Nội hướng dẫn.", "bác sĩ hồi sức")]
    [InlineData("Viện nhận 2 máy lọc máu liên tục. Lô thiết bị thứ hai về sau.", "máy lọc máu liên tục")]
    [InlineData("Có 12 điều dưỡng nhưng chỉ một nửa trực đêm.", "điều dưỡng")]
    [InlineData("Dự án hỗ trợ 45 tỉnh, thành phố của cả nước.", "tỉnh, thành phố")]
    [InlineData("Đoàn gồm 20 bác sĩ, dược sĩ, kỹ thuật viên tới từ Nhật Bản.", "bác sĩ, dược sĩ, kỹ thuật viên")]
    [InlineData("Tỉnh ghi nhận 86 ca sốt xuất huyết, tăng mạnh so với năm trước.", "ca sốt xuất huyết")]
    [InlineData("Chương trình cấp 300 suất học bổng cho sinh viên y khoa.", "suất học bổng")]
    [InlineData("Phòng khám nhận 40 người bệnh\nTin liên quan", "người bệnh")]
    [InlineData("Gần 2 triệu liều đầu tiên đã về kho.", "liều")]
    [InlineData("Tỉnh dành hơn 300 tỷ xây bệnh viện mới.", "")]
    public void Extract_NounPhrase_EndsWhereTheNounEnds(string text, string noun)
    {
        var count = Assert.Single(CountExtractor.Extract(text.Replace("\\n", "\n", StringComparison.Ordinal), []));

        Assert.Equal(noun, count.Noun);
    }

    [Theory]
    [InlineData("Tổng vốn hơn 5.600 tỷ đồng.", 5_600_000_000_000, "more_than", "VND")]
    [InlineData("Khoản viện trợ 136 nghìn tỷ đồng.", 136_000_000_000_000, "exact", "VND")]
    [InlineData("Nhật Bản tài trợ 250 triệu yên cho dự án.", 250_000_000, "exact", "JPY")]
    [InlineData("Khoản vay chưa đến 10.000.000 USD.", 10_000_000, "less_than", "USD")]
    [InlineData("Hợp phần trị giá tương đương 0,5 triệu euro.", 500_000, "about", "EUR")]
    [InlineData("Gói hỗ trợ 13,9 triệu đô được công bố.", 13_900_000, "exact", "USD")]
    [InlineData("Quỹ chi nhiều hơn 2 triệu rưỡi đồng mỗi ca.", 2_500_000, "more_than", "VND")]
    public void Extract_Money_ValueApproxCurrency(string text, double value, string approx, string currency)
    {
        var count = Assert.Single(CountExtractor.Extract(text, []));

        Assert.Equal((decimal)value, count.Value);
        Assert.Equal(approx, count.Approx);
        Assert.Equal(currency, count.Currency);
    }

    [Theory]
    [InlineData("Bệnh viện có hai mươi giường hồi sức.", 20, "exact")]
    [InlineData("Ước tính có 10.000 trẻ em cần hỗ trợ.", 10000, "about")]
    [InlineData("Ước tính có trên 4.000 trẻ em cần hỗ trợ.", 4000, "more_than")]
    [InlineData("Chương trình dành cho người có từ 3 bệnh mạn tính trở lên.", 3, "more_than")]
    [InlineData("Chi phí xây dựng khoảng 35 triệu, quy mô lớn.", 35_000_000, "about")]
    [InlineData("Đơn vị đã 13 lần tổ chức khám miễn phí.", 13, "exact")]
    [InlineData("UNICEF mua 60 tấn sữa điều trị suy dinh dưỡng.", 60, "exact")]
    public void Extract_Quantities_ValueAndApprox(string text, double value, string approx)
    {
        var count = Assert.Single(CountExtractor.Extract(text, []));

        Assert.Equal((decimal)value, count.Value);
        Assert.Equal(approx, count.Approx);
    }

    [Theory]
    [InlineData("Xe cứu thương biển số 15K-444.59 đưa một nam bệnh nhân sang viện.")]
    [InlineData("Bài viết có 288 lượt xem\nTăng cường hợp tác y tế")]
    [InlineData("Đoàn thăm Bệnh viện Quân y 175 Thành phố Hồ Chí Minh.")]
    [InlineData("Hai đơn vị triển khai mô hình hai chiều, cả 2 bên cùng có lợi.")]
    [InlineData("Trẻ được tiêm mũi 2 vaccine sởi tại quận 5.")]
    [InlineData("Số ca tăng 3 lần so với cùng kỳ, gấp 2 lần năm ngoái.")]
    [InlineData("Hợp tác hơn hai thập kỷ giữa hai bệnh viện.")]
    [InlineData("Kho có 3 tấn.")]
    [InlineData("Phiên bản 1.1.1.1 và mã 2.5 được cập nhật.")]
    public void Extract_LabelsCodesAndChrome_NothingFound(string text)
    {
        Assert.Empty(CountExtractor.Extract(text.Replace("\\n", "\n", StringComparison.Ordinal), []));
    }

    [Fact]
    public void Extract_ListOfDifferentItemsInOneSentence_EachCounted()
    {
        var counts = CountExtractor.Extract("Đoàn trao 1 máy siêu âm, 1 máy thở và 500 bộ quần áo bảo hộ.", []);

        Assert.Equal(["máy siêu âm", "máy thở", "bộ quần áo bảo hộ"], counts.Select(c => c.Noun));
    }

    [Fact]
    public void Extract_SameQuantityInALaterSentence_ReportedOnce()
    {
        var counts = CountExtractor.Extract("Trung tâm nhận 120 tủ lạnh bảo quản vaccine. Sau đó 120 tủ lạnh dùng pin mặt trời được lắp đặt.", []);

        Assert.Equal("tủ lạnh bảo quản vaccine", Assert.Single(counts).Noun);
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

    [Fact]
    public void Extract_MegabyteOfDottedOnes_FastAndNoCounts()
    {
        var text = new StringBuilder(1_000_000).Insert(0, "1.", 500_000).ToString();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var counts = CountExtractor.Extract(text, []);

        Assert.Empty(counts);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 20_000_000, "allocates more than a few copies of the text");
    }

    [Fact]
    public void Extract_MegabyteOfRepeatedCounts_OneCount()
    {
        var text = new StringBuilder(1_000_000).Insert(0, "có 12 bác sĩ, ", 70_000).ToString();

        var counts = CountExtractor.Extract(text, []);

        Assert.Equal(12, Assert.Single(counts).Value);
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
