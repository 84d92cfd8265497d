using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class InstitutionScannerTests
{
    [Theory]
    [InlineData("Ngày 3/4, Sở Y tế tỉnh Xiêng Khoảng trao quà.", "Sở Y tế tỉnh Xiêng Khoảng")]
    [InlineData("Đại diện Ủy ban chính quyền tỉnh Hủa Phăn phát biểu.", "Ủy ban chính quyền tỉnh Hủa Phăn")]
    [InlineData("Hai bên gặp Trạm kiểm tra Biên phòng xuất nhập cảnh Đông Hưng hôm qua.", "Trạm kiểm tra Biên phòng xuất nhập cảnh Đông Hưng")]
    [InlineData("Bộ Y tế và Cơ quan Hợp tác và Phát triển Thụy Sĩ (SDC) ký kết thỏa thuận.", "Cơ quan Hợp tác và Phát triển Thụy Sĩ (SDC)")]
    [InlineData("Chương trình được Cơ quan Hợp tác Quốc tế vì Phát triển Tây Ban Nha (AECID) hỗ trợ.", "Cơ quan Hợp tác Quốc tế vì Phát triển Tây Ban Nha (AECID)")]
    [InlineData("Theo Đại sứ quán Ấn Độ tại Hà Nội, đoàn sẽ đến.", "Đại sứ quán Ấn Độ tại Hà Nội")]
    [InlineData("Lô thiết bị do Klinikum St. Georg chuẩn bị.", null)]
    [InlineData("Bệnh viện Bạch Mai tiếp đoàn chuyên gia.", "Bệnh viện Bạch Mai")]
    [InlineData("Hội Hữu nghị Thái Lan-Việt Nam tặng quà.", "Hội Hữu nghị Thái Lan-Việt Nam")]
    [InlineData("Bệnh viện Hữu nghị Lào - Việt Nam khánh thành.", "Bệnh viện Hữu nghị Lào - Việt Nam")]
    [InlineData("Các bác sĩ của quỹ Thiện Tâm tham gia.", "quỹ Thiện Tâm")]
    [InlineData("Kinh phí giao cho Cục Phòng, chống HIV/AIDS quản lý.", "Cục Phòng, chống HIV/AIDS")]
    [InlineData("Mẫu được gửi về Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương để xét nghiệm.", "Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương")]
    [InlineData("Sáng nay, Bộ Y tế và Chính phủ Estonia ký kết văn kiện.", "Bộ Y tế")]
    [InlineData("Sở Y tế Nghệ An hỗ trợ Bệnh viện Mittaphab đào tạo bác sĩ.", "Bệnh viện Mittaphab")]
    [InlineData("Trung tâm Kiểm soát bệnh tật tỉnh nhận thiết bị.", "Trung tâm Kiểm soát bệnh tật")]
    [InlineData("Hãng dược Sanofi tặng thuốc cho bệnh viện.", "Hãng dược Sanofi")]
    [InlineData("Trường Đại học Y Dược Huế dạy tiếng Anh chuyên ngành.", "Trường Đại học Y Dược Huế")]
    [InlineData("Sở Y tế Hà Giang 2 triệu liều vắc xin đã về.", "Sở Y tế Hà Giang")]
    [InlineData("Bệnh viện 175 tiếp nhận thiết bị.", "Bệnh viện 175")]
    [InlineData("Trường Đại học Y tế công cộng tiếp đoàn chuyên gia.", "Trường Đại học Y tế công cộng")]
    [InlineData("Viện Y tế công cộng TP Hồ Chí Minh tổ chức hội thảo.", "Viện Y tế công cộng TP Hồ Chí Minh")]
    [InlineData("Thuốc do Trung tâm Kỹ thuật di truyền và Công nghệ sinh học sản xuất.", "Trung tâm Kỹ thuật di truyền và Công nghệ sinh học")]
    [InlineData("Đoàn thăm Trung tâm Miễn dịch phân tử (CIM) hôm qua.", "Trung tâm Miễn dịch phân tử (CIM)")]
    [InlineData("Đoàn thăm Trung tâm Miễn dịch phân tử hôm qua.", "Trung tâm Miễn dịch")]
    [InlineData("Hội đồng Y khoa Quốc gia cấp giấy phép.", "Hội đồng Y khoa Quốc gia")]
    [InlineData("Quỹ Hỗ trợ khẩn cấp quốc tế của Liên minh châu Âu tài trợ.", "Quỹ Hỗ trợ khẩn cấp quốc tế")]
    [InlineData("Bệnh nhân được BVĐK tỉnh Quảng Trị tiếp nhận.", "BVĐK tỉnh Quảng Trị")]
    [InlineData("TTYT huyện Hướng Hóa phối hợp tiêm chủng.", "TTYT huyện Hướng Hóa")]
    [InlineData("Có sự hỗ trợ của CDC Quảng Trị trong đợt tiêm.", "CDC Quảng Trị")]
    [InlineData("Đại diện Phòng Y tế huyện Mường Nhé phát biểu.", "Phòng Y tế huyện Mường Nhé")]
    [InlineData("Bệnh viện Bạch Mai hợp tác và Bệnh viện K hỗ trợ.", "Bệnh viện Bạch Mai")]
    public void Find_NameInSentence_ReadsWholeName(string text, string? expected)
    {
        var names = InstitutionScanner.Find(text);

        if (expected is null)
        {
            Assert.DoesNotContain(names, n => n.Head == "Klinikum");
            return;
        }

        var found = names.Select(n => text[n.Start..n.End]).ToList();
        Assert.True(found.Contains(expected), $"found: {string.Join(" | ", found)}");
    }

    [Theory]
    [InlineData("Phó Thủ tướng Vũ Đức Đam tiếp Bộ trưởng Bộ Y tế.", "Bộ Y tế")]
    [InlineData("Ông An, Chánh Văn phòng Bộ, cho biết.", null)]
    [InlineData("Thứ trưởng Bộ Chính trị họp.", null)]
    [InlineData("Các bệnh viện Nhật Bản tham gia.", null)]
    [InlineData("Cán bộ Viện Pasteur vận hành máy.", "Viện Pasteur")]
    public void Find_TitlesAndGenericNouns_NotNames(string text, string? only)
    {
        var names = InstitutionScanner.Find(text).Select(n => text[n.Start..n.End]).ToList();

        Assert.True(only is null ? names.Count == 0 : names.SequenceEqual([only]), $"found: {string.Join(" | ", names)}");
    }

    [Fact]
    public void Find_MissionWithSeat_SplitsOwnerFromSeat()
    {
        var name = Assert.Single(InstitutionScanner.Find("Theo Đại sứ quán Nga tại Việt Nam, đoàn sẽ đến."));

        Assert.Equal("Nga", name.BodyText);
        Assert.Equal("Việt Nam", name.LocatedText);
    }

    [Theory]
    [InlineData("Thứ trưởng Bộ Y tế Trần Văn Nam tiếp đoàn.", "Bộ Y tế")]
    [InlineData("Giám đốc Sở Y tế Đà Nẵng Lê Minh Quang phát biểu.", "Sở Y tế Đà Nẵng")]
    [InlineData("Ông Hùng, Phó Chủ tịch UBND tỉnh Nguyễn Thị Hà cũng dự.", null)]
    [InlineData("Đại diện Sở Y tế Hà Nội ký biên bản.", "Sở Y tế Hà Nội")]
    [InlineData("Bệnh viện Nguyễn Tri Phương nhận thiết bị.", "Bệnh viện Nguyễn Tri Phương")]
    [InlineData("Giám đốc Đại học Y Dược Thành phố Hồ Chí Minh phát biểu.", "Đại học Y Dược Thành phố Hồ Chí Minh")]
    public void Find_OfficialsNameAfterInstitution_NameEndsBeforeThePerson(string text, string? expected)
    {
        var names = InstitutionScanner.Find(text).Select(n => text[n.Start..n.NameEnd]).ToList();

        if (expected is null)
        {
            Assert.Empty(names);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(names));
        }
    }
}
