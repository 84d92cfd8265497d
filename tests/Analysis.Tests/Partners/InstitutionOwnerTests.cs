using Pipeline.Analysis.Partners;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Tests.Partners;

/// <summary>Whose an institution is, through the extractor: partners are foreign names, parties Vietnamese ones.</summary>
public sealed class InstitutionOwnerTests
{
    private static readonly PartnerExtractor Extractor = new(Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "data", "gazetteers")));

    [Theory]
    [InlineData("Theo Đại sứ quán Nga tại Việt Nam, đoàn sẽ thăm Hà Nội để bàn hợp tác.", "Đại sứ quán Nga tại Việt Nam", "RU")]
    [InlineData("Hội Khmer-Việt Nam tại Campuchia phối hợp khám bệnh miễn phí.", "Hội Khmer-Việt Nam tại Campuchia", "KH")]
    [InlineData("Bệnh viện Hữu nghị Lào - Việt Nam được khánh thành với vốn hỗ trợ.", "Bệnh viện Hữu nghị Lào - Việt Nam", "LA")]
    [InlineData("Sở Y tế tỉnh Xiêng Khoảng trao đổi kinh nghiệm hợp tác.", "Sở Y tế tỉnh Xiêng Khoảng", "LA")]
    [InlineData("Đoàn bác sĩ tập huấn cho Bệnh viện huyện Ponhea Krek (Campuchia) về siêu âm.", "Bệnh viện huyện Ponhea Krek", "KH")]
    [InlineData("Lô thiết bị do Klinikum St. Georg chuẩn bị và chuyển sang Hà Nội.", "Klinikum St. Georg", null)]
    [InlineData("Bệnh viện Quân y Thượng Hải hợp tác đào tạo phẫu thuật nội soi.", "Bệnh viện Quân y Thượng Hải", "CN")]
    [InlineData("Bệnh viện Trung ương Viêng Chăn cử bác sĩ sang học tập.", "Bệnh viện Trung ương Viêng Chăn", "LA")]
    public void Analyze_ForeignInstitution_PartnerWithItsCountry(string text, string span, string? country)
    {
        var partner = Assert.Single(Extractor.Analyze(text).Partners, p => p.Span == span);

        Assert.Equal("org", partner.Kind);
        if (country is not null)
        {
            Assert.Equal(country, partner.CountryCode);
        }
    }

    [Fact]
    public void Analyze_TitleBeforeMinistryAndPersonAfter_NameEndsAtTheCountry()
    {
        var partner = Assert.Single(Extractor.Analyze("Ông Tiến hội đàm với Thứ trưởng Bộ Y tế Lào Khamphone về hợp tác đào tạo.").Partners);

        Assert.Equal("Bộ Y tế Lào", partner.Span);
    }

    [Fact]
    public void Analyze_OneMinistryWrittenTwoWays_OneKey()
    {
        var longForm = Assert.Single(Extractor.Analyze("Đoàn thăm Văn phòng Bộ Y tế nước Cộng hòa Dân chủ Nhân dân Lào để ký kết hợp tác.").Partners);
        var shortForm = Assert.Single(Extractor.Analyze("Đoàn thăm Văn phòng Bộ Y tế Lào để ký kết hợp tác.").Partners);

        Assert.Equal(shortForm.Key, longForm.Key);
    }

    [Theory]
    [InlineData("Đại sứ quán Việt Nam tại Lào phối hợp với Bộ Y tế Lào tổ chức lễ bàn giao.", "Đại sứ quán Việt Nam tại Lào")]
    [InlineData("Bệnh viện Hữu nghị Việt Đức ký kết hợp tác với Đại học Heidelberg (Đức).", "Bệnh viện Hữu nghị Việt Đức")]
    [InlineData("Sở Y tế tỉnh Lạng Sơn hội đàm với Bộ Y tế Lào về phòng chống dịch.", "Sở Y tế tỉnh Lạng Sơn")]
    public void Analyze_VietnameseInstitution_DomesticNotPartner(string text, string span)
    {
        var analysis = Extractor.Analyze(text);

        Assert.DoesNotContain(analysis.Partners, p => p.Span == span);
        Assert.Contains(analysis.Domestic, d => d.Span == span);
    }

    [Theory]
    [InlineData("Quỹ Toàn cầu tiếp tục hỗ trợ Việt Nam phòng chống lao.", true)]
    [InlineData("Hợp tác giữa Việt Nam và Hàn Quốc được mở rộng sang đào tạo.", true)]
    [InlineData("Bà Lan, chuyên gia của UNICEF tại Việt Nam cho biết chương trình đạt kết quả tốt.", false)]
    [InlineData("Các bác sĩ Việt Nam học kỹ thuật mới từ chuyên gia WHO.", false)]
    public void Analyze_VietnamItself_PartyOnlyAsASide(string text, bool party)
    {
        var analysis = Extractor.Analyze(text);

        Assert.Equal(party, analysis.Vietnam is PartnerFact { Key: "vn" });
    }

    [Theory]
    [InlineData("Bệnh viện Chợ Rẫy Phnom Penh phối hợp với Đại sứ quán Campuchia khám bệnh cho bà con.", "Bệnh viện Chợ Rẫy Phnom Penh")]
    [InlineData("Bệnh viện Bạch Mai Viêng Chăn tiếp nhận thiết bị do Bộ Y tế Lào bàn giao.", "Bệnh viện Bạch Mai Viêng Chăn")]
    public void Analyze_VietnameseHospitalBranchAbroad_Domestic(string text, string span)
    {
        var analysis = Extractor.Analyze(text);

        Assert.DoesNotContain(analysis.Partners, p => p.Span.Contains(span, StringComparison.Ordinal));
        Assert.Contains(analysis.Domestic, d => d.Span == span);
    }

    [Theory]
    [InlineData("Trung tâm Y tế huyện Krông Bông phối hợp với Plan International khám cho trẻ em.", "Trung tâm Y tế huyện Krông Bông")]
    [InlineData("Bệnh viện Đa khoa huyện Ea H'leo tiếp nhận thiết bị do Nhật Bản tài trợ.", "Bệnh viện Đa khoa huyện Ea H'leo")]
    public void Analyze_CentralHighlandsPlaceInTheName_Domestic(string text, string span)
    {
        var analysis = Extractor.Analyze(text);

        Assert.DoesNotContain(analysis.Partners, p => p.Span == span);
        Assert.Contains(analysis.Domestic, d => d.Span == span);
    }
}
