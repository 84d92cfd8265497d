using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class PartnerExtractorTests
{
    private static readonly PartnerExtractor Extractor = new(Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "data", "gazetteers")));

    [Fact]
    public void Extract_HeadAndCountryInParentheses_PartnerWithCountry()
    {
        var partner = Assert.Single(Extractor.Extract("Bệnh viện Phụ sản Hà Nội ký biên bản ghi nhớ với Bệnh viện Charité (Đức) về đào tạo."));

        Assert.Equal("Bệnh viện Charité", partner.Span);
        Assert.Equal("DE", partner.CountryCode);
        Assert.Equal("Đức", partner.Country);
    }

    [Fact]
    public void Extract_AcronymAndVietnameseName_OneGazetteerPartner()
    {
        var partners = Extractor.Extract("JICA hỗ trợ dự án. Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) cam kết tiếp tục.");

        var jica = Assert.Single(partners);
        Assert.Equal("jica", jica.Key);
        Assert.Equal("JP", jica.CountryCode);
        Assert.Equal(0, jica.Start);
    }

    [Fact]
    public void Extract_InternationalBody_NoCountry()
    {
        var who = Assert.Single(Extractor.Extract("Tổ chức Y tế Thế giới (WHO) khuyến cáo tăng cường giám sát."));

        Assert.Equal("who", who.Key);
        Assert.Null(who.CountryCode);
    }

    [Fact]
    public void Extract_ForeignSpelledNameWithoutCountry_PartnerFromTheSentencesCountry()
    {
        var partner = Assert.Single(Extractor.Extract("Đoàn chuyên gia Israel làm việc tại Hà Nội cùng Trung tâm Y tế Sheba về ghép tủy."));

        Assert.Equal("Trung tâm Y tế Sheba", partner.Span);
        Assert.Equal("IL", partner.CountryCode);
        Assert.Equal("org", partner.Kind);
    }

    [Theory]
    [InlineData("Bệnh viện Vinmec Times City tiếp nhận bệnh nhân từ Lào Cai.")]
    [InlineData("Viện Pasteur TP.HCM triển khai giám sát sốt xuất huyết.")]
    [InlineData("Bệnh viện Hữu nghị Việt Đức tiếp nhận 12 ca ghép thận.")]
    [InlineData("Bệnh viện Bạch Mai và Bệnh viện Chợ Rẫy ký kết chuyển giao kỹ thuật.")]
    public void Extract_VietnameseInstitutions_NoPartner(string text)
    {
        Assert.Empty(Extractor.Extract(text));
    }

    [Fact]
    public void Extract_CountryActingItself_CountryPartner()
    {
        var partner = Assert.Single(Extractor.Extract("Chính phủ Hàn Quốc viện trợ 7 triệu USD cho Tây Nguyên."));

        Assert.Equal("country", partner.Kind);
        Assert.Equal("KR", partner.CountryCode);
    }

    [Fact]
    public void Extract_NameEndingInCountry_WithAcronym()
    {
        var partner = Assert.Single(Extractor.Extract("Bộ Y tế đã làm việc với Cơ quan Phát triển Bỉ (Enabel) về sốt rét."));

        Assert.Equal("Cơ quan Phát triển Bỉ (Enabel)", partner.Span);
        Assert.Equal("BE", partner.CountryCode);
    }

    [Theory]
    [InlineData("Bệnh viện Hữu nghị Việt Đức tiếp nhận bệnh nhân.")]
    [InlineData("Bệnh viện Đức Giang mở khoa mới.")]
    [InlineData("Bệnh viện Chợ Rẫy tiếp tục tiếp nhận 18 học viên Campuchia.")]
    [InlineData("Sở Y tế Hà Nội và Sở Y tế Điện Biên ký kết hợp tác.")]
    public void Extract_VietnameseInstitutionsAndSentences_NoPartner(string text)
    {
        Assert.Empty(Extractor.Extract(text));
    }

    [Theory]
    [InlineData("Đại học Y Hà Nội", "dai-hoc-y-ha-noi")]
    [InlineData("Bệnh viện Brigham and Women", "benh-vien-brigham-and-women")]
    public void Slug_Names_FoldedHyphenated(string name, string slug)
    {
        Assert.Equal(slug, PartnerExtractor.Slug(name));
    }

    [Fact]
    public void Extract_ForeignPlaceInBracketsAfterAName_PlaceIsNotTheNamesKey()
    {
        var partners = Extractor.Extract("Sở Y tế An Giang cử bác sĩ hỗ trợ Bệnh viện huyện Kirivong (Takeo) khám bệnh.");

        var hospital = Assert.Single(partners, p => p.Span.StartsWith("Bệnh viện", StringComparison.Ordinal));
        Assert.Equal("Bệnh viện huyện Kirivong", hospital.Span);
        Assert.Equal("benh-vien-huyen-kirivong", hospital.Key);
    }

    [Fact]
    public void Extract_MinistriesListedUnderAForeignSide_ThatCountrysPartners()
    {
        const string text = "Lễ ký kết diễn ra tại Viêng Chăn.\nVề phía nước bạn Lào có lãnh đạo Bộ Y tế, Bộ Tài chính và tỉnh Bò Kẹo.\nVề phía Việt Nam có lãnh đạo Bộ Y tế.";

        var partners = Extractor.Analyze(text.Replace("\\n", "\n", StringComparison.Ordinal));

        var health = Assert.Single(partners.Partners, p => p.Span == "Bộ Y tế");
        Assert.Equal("LA", health.CountryCode);
        Assert.Equal("bo-y-te-lao", health.Key);
        Assert.Contains(partners.Partners, p => p.Key == "bo-tai-chinh-lao");
        Assert.Contains(partners.Domestic, d => d.Span == "Bộ Y tế" && d.Start > text.LastIndexOf("Việt Nam", StringComparison.Ordinal) - 20);
    }

    [Theory]
    [InlineData("Thiết bị do chính quyền thành phố Leipzig tài trợ đã về tới Hà Nội.")]
    [InlineData("Tỉnh Quảng Trị hỗ trợ UBND thành phố Leipzig trong dự án y tế.")]
    public void Extract_LocalGovernmentOfAKnownCity_TheCity(string text)
    {
        var partner = Assert.Single(Extractor.Extract(text));

        Assert.Equal("leipzig", partner.Key);
        Assert.Equal("city", partner.Kind);
    }

    [Fact]
    public void Analyze_NameSpelledOutBeforeAKnownBodysName_NotDomestic()
    {
        var analysis = Extractor.Analyze("Phó Thủ tướng tiếp Giám đốc Quỹ phòng chống AIDS, lao và sốt rét (Quỹ Toàn cầu) về hợp tác.");

        Assert.DoesNotContain(analysis.Domestic, d => d.Span.StartsWith("Quỹ phòng", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_DomesticNameThenAnotherBodyInBrackets_StaysDomestic()
    {
        var analysis = Extractor.Analyze("Bộ Y tế và Tổ chức Y tế Thế giới (WHO) phối hợp tổ chức hội thảo.");

        Assert.Contains(analysis.Domestic, d => d.Span == "Bộ Y tế");
    }
}
