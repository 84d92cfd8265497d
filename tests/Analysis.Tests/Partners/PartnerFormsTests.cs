using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

/// <summary>One sentence of our own per way real journalism names a partner (issue #23's list).</summary>
public sealed class PartnerFormsTests
{
    private static readonly PartnerExtractor Extractor = new(Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "data", "gazetteers")));

    [Theory]
    [InlineData("Bộ Y tế ký kế hoạch hợp tác với CHDCND Lào trong lĩnh vực y học cổ truyền.", "CHDCND Lào", "LA")]
    [InlineData("Chính phủ CHLB Đức viện trợ thiết bị xét nghiệm cho các tỉnh miền núi.", "Chính phủ CHLB Đức", "DE")]
    [InlineData("Hợp chủng quốc Hoa Kỳ tài trợ chương trình phòng chống HIV.", "Hợp chủng quốc Hoa Kỳ", "US")]
    [InlineData("Quan hệ hợp tác giữa Việt Nam và Liên bang Nga được nâng lên tầm cao mới.", "Liên bang Nga", "RU")]
    [InlineData("Đại Hàn Dân Quốc hỗ trợ xây dựng bệnh viện tuyến huyện.", "Đại Hàn Dân Quốc", "KR")]
    [InlineData("Pháp đã giúp đào tạo hàng trăm bác sĩ nội trú.", "Pháp", "FR")]
    [InlineData("Tỉnh Luông-Pha-Bang cử đoàn sang hợp tác đào tạo điều dưỡng.", "Luông-Pha-Bang", "LA")]
    [InlineData("Đoàn cán bộ Sở Y tế tỉnh Chăm-pa-sắc (Lào) sang học tập kinh nghiệm.", "Sở Y tế tỉnh Chăm-pa-sắc", "LA")]
    [InlineData("Lãnh đạo Sở Y tế 3 tỉnh Bắc Lào dự hội nghị hợp tác biên giới.", "Sở Y tế 3 tỉnh Bắc Lào", "LA")]
    [InlineData("Đại sứ quán Hàn Quốc tại Việt Nam trao tặng 50 máy thở.", "Đại sứ quán Hàn Quốc tại Việt Nam", "KR")]
    [InlineData("Bộ Ngoại giao Thái Lan cử đoàn công tác sang làm việc về hợp tác y tế.", "Bộ Ngoại giao Thái Lan", "TH")]
    [InlineData("Quỹ toàn cầu tiếp tục tài trợ chương trình chống lao.", "Quỹ toàn cầu", null)]
    [InlineData("Nhờ cơ chế Covax, lô vaccine đầu tiên đã về đến Hà Nội với sự hỗ trợ của quốc tế.", "Covax", null)]
    [InlineData("Liên minh Gavi cam kết hỗ trợ vaccine phế cầu.", "Gavi", null)]
    [InlineData("Bệnh viện St. Mary's cử chuyên gia sang hỗ trợ phẫu thuật.", "Bệnh viện St. Mary's", null)]
    [InlineData("Lô thiết bị do Klinikum St. Georg chuẩn bị được chuyển sang hỗ trợ Hà Nội.", "Klinikum St. Georg", null)]
    [InlineData("Trung tâm Y tế Sheba (Israel) hợp tác phát triển y tế từ xa.", "Trung tâm Y tế Sheba", "IL")]
    [InlineData("Sở Y tế Cần Thơ tiếp đoàn công tác của thành phố Saint Petersburg (Liên bang Nga) sang tìm hiểu mô hình bác sĩ gia đình.", "Saint Petersburg", "RU")]
    [InlineData("Đoàn đại biểu cấp cao của tỉnh Champasak đến chúc Tết Sở Y tế An Giang.", "Champasak", "LA")]
    [InlineData("Bệnh viện Trung ương Thái Nguyên đón đoàn Nga sang trao đổi chuyên môn.", "Nga", "RU")]
    [InlineData("Bệnh viện Đa khoa Nghệ An tiếp tục hợp tác với phía Lào trong khám chữa bệnh.", "Lào", "LA")]
    [InlineData("Sở Y tế Quảng Trị trao tặng máy siêu âm cho Bệnh viện 109 của Lào.", "Bệnh viện 109", "LA")]
    [InlineData("Chính phủ Hoàng gia Thái Lan viện trợ vật tư y tế cho các tỉnh miền Trung.", "Chính phủ Hoàng gia Thái Lan", "TH")]
    [InlineData("Tỉnh Luông Nậm Tha cử 12 học viên sang học tập theo chương trình hợp tác.", "Luông Nậm Tha", "LA")]
    [InlineData("Đoàn công tác tỉnh Sa-la-van sang làm việc với Sở Y tế Quảng Nam về hợp tác khám chữa bệnh.", "Sa-la-van", "LA")]
    [InlineData("Trường Y tế công cộng Harvard T.H. Chan hợp tác đào tạo thạc sĩ với Trường Đại học Y tế công cộng.", "Trường Y tế công cộng Harvard T.H. Chan", "US")]
    [InlineData("Hội đồng Y khoa Anh (GMC) làm việc với Cục Quản lý Khám, chữa bệnh về cấp phép hành nghề.", "Hội đồng Y khoa Anh", "GB")]
    [InlineData("Tập đoàn BioCubaFarma và Trung tâm Kỹ thuật di truyền và Công nghệ sinh học (CIGB) của Cuba chuyển giao thuốc cho Việt Nam.", "Trung tâm Kỹ thuật di truyền và Công nghệ sinh học", "CU")]
    [InlineData("Đoàn đã làm việc với Bộ Y tế công cộng Cuba, Trung tâm Miễn dịch phân tử (CIM) và Tập đoàn BioCubaFarma.", "Trung tâm Miễn dịch phân tử", "CU")]
    [InlineData("Sở Y tế Tây Ninh phối hợp với Phòng Y tế huyện Chanthrea (Campuchia) điều tra ổ dịch.", "Phòng Y tế huyện Chanthrea", "KH")]
    [InlineData("Tập đoàn AstraZeneca ký kết hợp tác với Bệnh viện K về tầm soát ung thư phổi.", "AstraZeneca", "GB")]
    [InlineData("Hai bên đã trao đổi về vắc xin. Phía Cuba đề nghị Việt Nam tạo điều kiện cho bác sĩ sang làm việc.", "Cuba", "CU")]
    [InlineData("Đoàn khám bệnh cùng Bệnh viện huyện Mường Mày, tỉnh Phông-xa-lỳ theo kế hoạch hợp tác.", "Bệnh viện huyện Mường Mày", "LA")]
    [InlineData("Ngân hàng Thế giới phê duyệt khoản tín dụng của Hiệp hội Phát triển Quốc tế (IDA) cho dự án y tế cơ sở.", "Hiệp hội Phát triển Quốc tế", null)]
    [InlineData("Sở Y tế Bình Định phối hợp với Văn phòng Tổ chức Y tế thế giới (WHO) tại Việt Nam tổ chức tập huấn.", "Văn phòng Tổ chức Y tế thế giới (WHO) tại Việt Nam", null)]
    [InlineData("BV Chợ Rẫy ký biên bản ghi nhớ với BV tỉnh Xa-vẳn-na-khệt về chuyển tuyến bệnh nhân.", "BV tỉnh Xa-vẳn-na-khệt", "LA")]
    [InlineData("Theo thỏa thuận hợp tác, Hà Nội sẽ hỗ trợ Viêng Chăn đào tạo 50 bác sĩ.", "Viêng Chăn", "LA")]
    [InlineData("Nhật Bản là đối tác hàng đầu của Việt Nam trong lĩnh vực y tế.", "Nhật Bản", "JP")]
    [InlineData("WHO ước tính mỗi năm có 10 triệu ca mắc lao. WHO hỗ trợ Việt Nam triển khai xét nghiệm.", "WHO", null)]
    public void Extract_FormRealJournalismUses_Partner(string text, string span, string? country)
    {
        var partners = Extractor.Extract(text);

        var partner = partners.FirstOrDefault(p => p.Span.Contains(span, StringComparison.Ordinal) || span.Contains(p.Span, StringComparison.Ordinal));
        Assert.True(partner is not null, $"'{span}' not found among: {string.Join(" | ", partners.Select(p => p.Span))}");
        if (country is not null)
        {
            Assert.Equal(country, partner.CountryCode);
        }
    }

    [Theory]
    [InlineData("Sở Y tế Nghệ An hỗ trợ Bệnh viện Mittaphab đào tạo bác sĩ nội trú.", "Bệnh viện Mittaphab")]
    [InlineData("Sở Y tế Điện Biên giúp Sở Y tế tỉnh Hủa Phăn đào tạo điều dưỡng.", "Sở Y tế tỉnh Hủa Phăn")]
    [InlineData("Bộ trưởng tiếp Phó Chủ tịch Ngân hàng Thế giới phụ trách khu vực Đông Á về hợp tác y tế.", "Ngân hàng Thế giới")]
    public void Extract_SentenceGoesOnAfterAProperName_NameEndsThere(string text, string span)
    {
        var partners = Extractor.Extract(text);

        Assert.Contains(span, partners.Select(p => p.Span));
    }

    [Theory]
    [InlineData("Huyện Krông Bông hợp tác với Ea Kar trong phòng chống sốt rét.")]
    [InlineData("Bác sĩ tình nguyện cùng Cư M'gar triển khai khám sàng lọc.")]
    public void Extract_CentralHighlandsPlaceNames_NoPartner(string text)
    {
        Assert.Empty(Extractor.Extract(text));
    }

    [Theory]
    [InlineData("Trường Đại học Y Hà Nội hợp tác với Đoàn chuyên gia Mỹ sang giảng dạy.")]
    [InlineData("Bộ Y tế tặng thiết bị cho Bệnh viện Mittaphab của nước bạn Lào.")]
    public void Extract_CountryOnlyDescribesATeamOrOwnsAName_NoCountryPartner(string text)
    {
        var partners = Extractor.Extract(text);

        Assert.DoesNotContain(partners, p => p.Kind == "country");
    }

    [Theory]
    [InlineData("Từ năm 2000 đến nay, JICA đã hỗ trợ ngành y tế Việt Nam qua nhiều dự án.")]
    [InlineData("Món quà thể hiện tình cảm của Chính phủ Nhật Bản dành cho nhân dân Việt Nam, JICA cho biết trong buổi hợp tác.")]
    public void Analyze_VietnamsSectorOrPeopleHelped_VietnamIsASide(string text)
    {
        var vietnam = Extractor.Analyze(text).Vietnam;

        Assert.NotNull(vietnam);
        Assert.Equal("Việt Nam", vietnam.Span);
    }

    // Each class below is the whole family of a form, in sentences of our own with names other than the ones we develop on.
    [Theory]
    [InlineData("Cộng hòa Liên bang Đức tài trợ 2 triệu euro cho dự án nâng cao năng lực y tế cơ sở.", "Cộng hòa Liên bang Đức", "DE")]
    [InlineData("Nhân dịp này, Vương quốc Thái Lan trao tặng 10 xe cứu thương cho tỉnh Sơn La.", "Vương quốc Thái Lan", "TH")]
    [InlineData("Cộng hòa Pháp và Việt Nam ký thỏa thuận đào tạo bác sĩ chuyên khoa.", "Cộng hòa Pháp", "FR")]
    [InlineData("Nhật đã viện trợ hơn 3 triệu liều vaccine cho các địa phương.", "Nhật", "JP")]
    [InlineData("Mỹ cam kết tiếp tục hỗ trợ chương trình phòng chống HIV/AIDS.", "Mỹ", "US")]
    [InlineData("Úc tài trợ chương trình học bổng cho cán bộ y tế tuyến tỉnh.", "Úc", "AU")]
    [InlineData("Cộng hòa Séc viện trợ thiết bị xét nghiệm cho Bệnh viện Đa khoa tỉnh Yên Bái.", "Cộng hòa Séc", "CZ")]
    [InlineData("Vương quốc Campuchia cử đoàn sang học tập mô hình y tế cơ sở.", "Vương quốc Campuchia", "KH")]
    [InlineData("New Zealand tài trợ dự án nước sạch cho các tỉnh miền núi phía Bắc.", "New Zealand", "NZ")]
    [InlineData("Ấn Độ trao tặng 200.000 viên thuốc điều trị lao cho Bệnh viện Phổi Trung ương.", "Ấn Độ", "IN")]
    [InlineData("Xin-ga-po hỗ trợ đào tạo điều dưỡng hồi sức cho các bệnh viện tuyến cuối.", "Xin-ga-po", "SG")]
    [InlineData("Cu Ba giúp đào tạo hàng trăm bác sĩ nhãn khoa trong ba thập niên.", "Cu Ba", "CU")]
    [InlineData("Thụy Điển là nhà tài trợ lớn của ngành y tế trong những năm 1980.", "Thụy Điển", "SE")]
    [InlineData("Hợp tác y tế giữa Việt Nam và Nhật Bản ngày càng đi vào chiều sâu.", "Nhật Bản", "JP")]
    [InlineData("Đức tiếp tục đồng hành với ngành y tế trong đào tạo điều dưỡng.", "Đức", "DE")]
    [InlineData("Trong năm qua, Italy đã chuyển giao kỹ thuật ghép gan cho Bệnh viện Việt Đức.", "Italy", "IT")]
    public void Extract_CountryByAnyOfItsNamesActing_CountryPartner(string text, string span, string country) =>
        AssertPartner(text, span, country);

    [Theory]
    [InlineData("Tỉnh Xiêng Khoảng và tỉnh Nghệ An ký biên bản hợp tác y tế giai đoạn 2025-2030.", "Xiêng Khoảng", "LA")]
    [InlineData("Thành phố Nam Ninh cử đoàn chuyên gia sang trao đổi kinh nghiệm về y học cổ truyền.", "Nam Ninh", "CN")]
    [InlineData("Tỉnh Gyeonggi hợp tác với TP Hồ Chí Minh đào tạo bác sĩ gia đình.", "Gyeonggi", "KR")]
    [InlineData("Tỉnh Gunma trao tặng 20 máy thở cho Bệnh viện Đa khoa tỉnh Phú Thọ.", "Gunma", "JP")]
    [InlineData("Thủ đô Viêng Chăn và Hà Nội ký kết chương trình hợp tác y tế.", "Viêng Chăn", "LA")]
    [InlineData("Tỉnh Savannakhet cử 30 học viên sang học điều dưỡng tại Quảng Trị.", "Savannakhet", "LA")]
    [InlineData("Vân Nam trao tặng vật tư chống dịch cho tỉnh Hà Giang.", "Vân Nam", "CN")]
    [InlineData("Tỉnh U-đôm-xay phối hợp với Sở Y tế Điện Biên giám sát dịch bệnh biên giới.", "U-đôm-xay", "LA")]
    [InlineData("Tỉnh Xay-nhạ-bu-ly và tỉnh Sơn La thống nhất kế hoạch hợp tác khám chữa bệnh.", "Xay-nhạ-bu-ly", "LA")]
    [InlineData("Tỉnh Svay Riêng hợp tác với tỉnh Long An trong phòng chống sốt xuất huyết.", "Svay Riêng", "KH")]
    [InlineData("Tỉnh Kông Pông Chàm tiếp nhận 5 tấn thuốc do tỉnh Tây Ninh trao tặng.", "Kông Pông Chàm", "KH")]
    [InlineData("Khu tự trị dân tộc Choang Quảng Tây hỗ trợ tỉnh Cao Bằng xây dựng trạm y tế.", "Quảng Tây", "CN")]
    [InlineData("TP Busan ký thỏa thuận hợp tác y tế với thành phố Đà Nẵng.", "Busan", "KR")]
    [InlineData("Tỉnh Chiang Mai hợp tác với tỉnh Lâm Đồng phát triển du lịch y tế.", "Chiang Mai", "TH")]
    [InlineData("Đoàn công tác của tỉnh Kiên Giang làm việc với tỉnh Kampot về y tế biên giới.", "Kampot", "KH")]
    [InlineData("Tỉnh Bò Kẹo đề nghị tỉnh Lai Châu hỗ trợ đào tạo bác sĩ.", "Bò Kẹo", "LA")]
    public void Extract_ForeignProvinceOrCityActing_CityPartner(string text, string span, string country) =>
        AssertPartner(text, span, country);

    [Theory]
    [InlineData("Tổng Lãnh sự quán Nhật Bản tại TP Hồ Chí Minh trao tặng thiết bị lọc nước cho trạm y tế.", "Tổng Lãnh sự quán Nhật Bản tại TP Hồ Chí Minh", "JP")]
    [InlineData("Đại sứ quán Australia trao tặng 5 máy siêu âm cho Bệnh viện Sản Nhi tỉnh Lào Cai.", "Đại sứ quán Australia", "AU")]
    [InlineData("Lãnh sự quán Lào tại Đà Nẵng phối hợp tổ chức khám bệnh cho lưu học sinh.", "Lãnh sự quán Lào tại Đà Nẵng", "LA")]
    [InlineData("Đại sứ quán Vương quốc Campuchia tại Hà Nội gửi thư cảm ơn Bộ Y tế.", "Đại sứ quán Vương quốc Campuchia tại Hà Nội", "KH")]
    [InlineData("Đại sứ quán Hoa Kỳ tài trợ dự án nâng cao năng lực xét nghiệm.", "Đại sứ quán Hoa Kỳ", "US")]
    [InlineData("Bộ Y tế Campuchia cảm ơn sự giúp đỡ của ngành y tế An Giang.", "Bộ Y tế Campuchia", "KH")]
    [InlineData("Bộ Y tế Công cộng Thái Lan ký ghi nhớ về phòng chống sốt rét kháng thuốc.", "Bộ Y tế Công cộng Thái Lan", "TH")]
    [InlineData("Sở Y tế tỉnh Xay-nhạ-bu-ly (Lào) cử đoàn sang học tập kinh nghiệm.", "Sở Y tế tỉnh Xay-nhạ-bu-ly", "LA")]
    [InlineData("Lãnh đạo Sở Y tế 4 tỉnh Nam Lào dự hội nghị giao ban y tế biên giới.", "Sở Y tế 4 tỉnh Nam Lào", "LA")]
    [InlineData("Ủy ban Y tế Quốc gia Trung Quốc cử chuyên gia hỗ trợ giám sát cúm gia cầm.", "Ủy ban Y tế Quốc gia Trung Quốc", "CN")]
    [InlineData("Bộ Y tế, Lao động và Phúc lợi Nhật Bản hỗ trợ xây dựng chính sách chăm sóc người cao tuổi.", "Bộ Y tế, Lao động và Phúc lợi Nhật Bản", "JP")]
    [InlineData("Ủy ban Các vấn đề xã hội của Quốc hội Lào làm việc với Bộ Y tế về chính sách bảo hiểm y tế.", "Quốc hội Lào", "LA")]
    [InlineData("Sở Y tế tỉnh Kampot (Campuchia) phối hợp với Sở Y tế Kiên Giang kiểm soát dịch tả.", "Sở Y tế tỉnh Kampot", "KH")]
    [InlineData("Chính quyền tỉnh Phông-xa-lỳ trao tặng bằng khen cho đội y tế Việt Nam.", "Chính quyền tỉnh Phông-xa-lỳ", "LA")]
    [InlineData("Bộ Y tế Lào và Bộ Y tế ký kế hoạch hợp tác năm 2026.", "Bộ Y tế Lào", "LA")]
    [InlineData("Thượng viện Australia thông qua gói viện trợ y tế cho khu vực.", "Thượng viện Australia", "AU")]
    [InlineData("ĐSQ Nhật Bản trao tặng 40 máy lọc nước cho các trạm y tế.", "ĐSQ Nhật Bản", "JP")]
    [InlineData("Lãnh đạo tỉnh Khăm Muộn cảm ơn ngành y tế Hà Tĩnh đã hỗ trợ.", "Khăm Muộn", "LA")]
    public void Extract_ForeignMissionGovernmentOrDepartment_Partner(string text, string span, string country) =>
        AssertPartner(text, span, country);

    [Theory]
    [InlineData("Quỹ Dân số Liên hợp quốc (UNFPA) hỗ trợ chương trình chăm sóc sức khỏe sinh sản.", "unfpa")]
    [InlineData("Chương trình Phát triển Liên Hợp Quốc tài trợ dự án ứng phó biến đổi khí hậu trong y tế.", "undp")]
    [InlineData("Ngân hàng Phát triển châu Á cho vay vốn xây dựng bệnh viện vệ tinh.", "adb")]
    [InlineData("Liên minh Vaccine và Tiêm chủng toàn cầu viện trợ vaccine sởi - rubella.", "gavi")]
    [InlineData("The Global Fund tiếp tục tài trợ giai đoạn mới cho chương trình chống lao.", "global-fund")]
    [InlineData("Tổ chức Di cư Quốc tế (IOM) phối hợp khám sàng lọc cho người lao động.", "iom")]
    [InlineData("Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) hỗ trợ phòng chống HIV.", "usaid")]
    [InlineData("Tổ chức Y tế thế giới hỗ trợ các nước tăng cường tiêm chủng.", "who")]
    [InlineData("Quỹ Bill & Melinda Gates tài trợ nghiên cứu vaccine rotavirus.", null)]
    [InlineData("Tổ chức Bác sĩ không biên giới hỗ trợ điều trị lao kháng thuốc.", null)]
    [InlineData("Ủy ban Chữ thập đỏ quốc tế hỗ trợ phục hồi chức năng cho người khuyết tật.", null)]
    [InlineData("Ngân hàng Tái thiết Đức (KfW) tài trợ dự án bệnh viện tỉnh.", "kfw")]
    [InlineData("Cơ quan Phát triển Pháp (AFD) ký hiệp định vay ưu đãi cho y tế cơ sở.", "afd")]
    [InlineData("Tổ chức PATH phối hợp triển khai hệ thống thông tin tiêm chủng.", "path")]
    [InlineData("Nghị viện châu Âu thông qua nghị quyết hỗ trợ y tế cho các nước đang phát triển.", null)]
    [InlineData("Các nước nhận vaccine qua cơ chế COVAX đều được hỗ trợ kỹ thuật.", "covax")]
    [InlineData("Unicef trao 300 bộ dụng cụ sơ sinh cho các trạm y tế xã.", "unicef")]
    [InlineData("Năm nay Koica khởi công bệnh viện huyện thứ hai tại Quảng Trị.", "koica")]
    public void Extract_InternationalBodyInAnyCase_Partner(string text, string? key)
    {
        var partners = Extractor.Extract(text);

        Assert.True(partners.Any(p => p.Kind == "org" && (key is null || p.Key == key)), $"'{key}' not found among: {string.Join(" | ", partners.Select(p => $"{p.Span}={p.Key}"))}");
    }

    [Theory]
    [InlineData("Bệnh viện St. Vincent's (Úc) cử bác sĩ sang hướng dẫn phẫu thuật tim.", "Bệnh viện St. Vincent's", "AU")]
    [InlineData("Trường Y khoa Johns Hopkins hợp tác nghiên cứu bệnh không lây nhiễm.", "Trường Y khoa Johns Hopkins", null)]
    [InlineData("CHU de Bordeaux ký thỏa thuận đào tạo bác sĩ nội trú với Bệnh viện Nhi Trung ương.", "CHU de Bordeaux", null)]
    [InlineData("Các chuyên gia của CHU Nantes sang hỗ trợ ghép tạng.", "CHU Nantes", null)]
    [InlineData("Klinikum rechts der Isar tiếp nhận bác sĩ sang thực tập.", "Klinikum rechts der Isar", null)]
    [InlineData("Viện Karolinska (Thụy Điển) hợp tác nghiên cứu dịch tễ học.", "Viện Karolinska", "SE")]
    [InlineData("Bệnh viện Royal Melbourne (Australia) chuyển giao kỹ thuật can thiệp đột quỵ.", "Bệnh viện Royal Melbourne", "AU")]
    [InlineData("Đại học Paris-Saclay (Pháp) hợp tác đào tạo thạc sĩ y tế công cộng.", "Đại học Paris-Saclay", "FR")]
    [InlineData("Hôpital Saint-Antoine hỗ trợ đào tạo bác sĩ gây mê.", "Hôpital Saint-Antoine", null)]
    [InlineData("Bệnh viện Đại học Quốc gia Seoul (Hàn Quốc) ký kết hợp tác với Bệnh viện Bạch Mai.", "Bệnh viện Đại học Quốc gia Seoul", "KR")]
    [InlineData("Đại học Y khoa Tokyo cử chuyên gia sang hỗ trợ nội soi tiêu hóa.", "Đại học Y khoa Tokyo", "JP")]
    [InlineData("Bệnh viện O'Connor hợp tác đào tạo điều dưỡng.", "Bệnh viện O'Connor", null)]
    public void Extract_ForeignInstitutionWithLatinWords_Partner(string text, string span, string? country) =>
        AssertPartner(text, span, country);

    private static void AssertPartner(string text, string span, string? country)
    {
        var partners = Extractor.Extract(text);

        var partner = partners.FirstOrDefault(p => p.Span.Contains(span, StringComparison.Ordinal) || span.Contains(p.Span, StringComparison.Ordinal));
        Assert.True(partner is not null, $"'{span}' not found among: {string.Join(" | ", partners.Select(p => p.Span))}");
        if (country is not null)
        {
            Assert.Equal(country, partner.CountryCode);
        }
    }

    [Theory]
    [InlineData("Việt Nam đã nhận 2 triệu liều vắc xin AstraZeneca qua Cơ chế COVAX.", "astrazeneca")]
    [InlineData("Bệnh viện tỉnh được hỗ trợ thuốc Novartis qua chương trình hợp tác.", "novartis")]
    [InlineData("Các bệnh viện Hàn Quốc đã tiếp nhận nhiều điều dưỡng Việt Nam sang làm việc theo chương trình hợp tác.", "kr")]
    [InlineData("Bệnh viện tỉnh hợp tác với nhiều doanh nghiệp Nhật Bản trong đào tạo điều dưỡng.", "jp")]
    [InlineData("Chuyên gia Nhật Bản hỗ trợ Bệnh viện Bạch Mai trong ghép tạng theo thỏa thuận hợp tác.", "jp")]
    [InlineData("Ngày 5/6, Đại sứ Hàn Quốc trao tặng thiết bị cho Bệnh viện Trung ương Huế.", "kr")]
    [InlineData("Theo hãng tin Yonhap (Hàn Quốc), Bộ Y tế Hàn Quốc sẽ hợp tác với Bộ Y tế Việt Nam về đào tạo.", "yonhap")]
    [InlineData("Theo khuyến cáo của WHO, người lớn nên tiêm nhắc lại. Bệnh viện Bạch Mai hợp tác với Bệnh viện Đại học Osaka.", "who")]
    [InlineData("WHO ước tính mỗi năm có 10 triệu ca mắc lao. Bệnh viện Phổi Trung ương hợp tác với Đại học Sydney.", "who")]
    [InlineData("Nhật Bản là quốc gia có tuổi thọ cao nhất thế giới. Bệnh viện Lão khoa Trung ương hợp tác với Đại học Tokyo.", "jp")]
    [InlineData("Bệnh viện đạt chuẩn JCI của Hoa Kỳ và hợp tác với Bệnh viện Samsung Seoul (Hàn Quốc).", "benh-vien-dat-chuan-jci")]
    public void Extract_MakerOfAProductOrNationalityOfPeople_NotAPartner(string text, string key)
    {
        var partners = Extractor.Extract(text);

        Assert.DoesNotContain(partners, p => p.Key == key);
    }

    [Fact]
    public void Extract_KnownBodyAfterAGenericHead_KnownKeyOnce()
    {
        var partners = Extractor.Extract("Tập đoàn Siemens Healthineers và Bệnh viện 108 khai trương trung tâm đào tạo. Đại diện Siemens Healthineers cho biết sẽ hỗ trợ.");

        Assert.Equal("siemens-healthineers", Assert.Single(partners).Key);
    }

    [Fact]
    public void Extract_SameBodyWithAndWithoutItsCitysWord_OnePartner()
    {
        var partners = Extractor.Extract("Bệnh viện Nhân dân số 1 Nam Ninh trao tặng máy siêu âm.\nNgày 8/5, Bệnh viện Trung ương Thái Nguyên tiếp nhận 2 máy siêu âm do Bệnh viện Nhân dân số 1 thành phố Nam Ninh (Trung Quốc) trao tặng.");

        Assert.Single(partners, p => p.Span.StartsWith("Bệnh viện Nhân dân số 1", StringComparison.Ordinal));
    }
}
