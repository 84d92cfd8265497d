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
}
