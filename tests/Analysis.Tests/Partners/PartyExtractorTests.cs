using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class PartyExtractorTests
{
    private static readonly PartnerExtractor Partners = new(Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "data", "gazetteers")));

    [Fact]
    public void Extract_InstitutionInThePartnersSentence_Party()
    {
        const string text = "Bệnh viện Phụ sản Hà Nội ký biên bản ghi nhớ với Bệnh viện Charité (Đức). Sở Y tế Đà Nẵng cũng dự lễ.";

        var party = Assert.Single(PartyExtractor.Extract(text, Partners.Analyze(text)));

        Assert.Equal("Bệnh viện Phụ sản Hà Nội", party.Span);
        Assert.Equal("benh-vien-phu-san-ha-noi", party.Key);
        Assert.Equal("VN", party.CountryCode);
    }

    [Fact]
    public void Extract_NoForeignPartner_NoParty()
    {
        const string text = "Sở Y tế Hà Nội và Sở Y tế Điện Biên ký kết chương trình hợp tác chuyển giao kỹ thuật.";

        Assert.Empty(PartyExtractor.Extract(text, Partners.Analyze(text)));
    }

    [Fact]
    public void Extract_HeadFollowedByVerb_StopsBeforeTheVerb()
    {
        const string text = "Bệnh viện Bạch Mai tiếp nhận thiết bị do Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) trao tặng.";

        var party = Assert.Single(PartyExtractor.Extract(text, Partners.Analyze(text)));

        Assert.Equal("Bệnh viện Bạch Mai", party.Span);
    }

    [Fact]
    public void Extract_InstitutionInACooperationSentenceWithoutPartner_Party()
    {
        const string text = "Đại học Monash (Australia) cử chuyên gia sang Việt Nam. Trung tâm Đột quỵ được giao làm đầu mối triển khai dự án.";

        var party = Assert.Single(PartyExtractor.Extract(text, Partners.Analyze(text)));

        Assert.Equal("Trung tâm Đột quỵ", party.Span);
    }

    [Fact]
    public void Extract_ForeignInstitutionsNotRecognisedAsPartners_NotParties()
    {
        const string text = "Bệnh viện Trung ương Huế ký kết hợp tác với Bộ Y tế Lào. Đại học Melbourne (Australia) và Bệnh viện Trung ương Huế hợp tác với Viện Y học Nhiệt đới Antwerp.";

        var parties = PartyExtractor.Extract(text, Partners.Analyze(text));

        Assert.Equal(["Bệnh viện Trung ương Huế"], parties.Select(p => p.Span));
    }

    [Fact]
    public void Extract_ShortFormOfALongerParty_OneParty()
    {
        const string text = "Sở Y tế Hà Nội tiếp đoàn Bệnh viện Charité (Đức). Sở Y tế cam kết phối hợp chặt chẽ với đối tác.";

        var party = Assert.Single(PartyExtractor.Extract(text, Partners.Analyze(text)));

        Assert.Equal("Sở Y tế Hà Nội", party.Span);
    }

    [Fact]
    public void Extract_NameFollowedByTravelToACountry_PartyStopsAtTheVerbAndNoFalsePartner()
    {
        const string text = "Đoàn bác sĩ của Bệnh viện Đa khoa Xanh Pôn sang Nhật Bản học tập tại Bệnh viện Đại học Kyushu.";

        var analysis = Partners.Analyze(text);
        var partners = analysis.Partners;
        var party = Assert.Single(PartyExtractor.Extract(text, analysis));

        Assert.Equal("Bệnh viện Đa khoa Xanh Pôn", party.Span);
        Assert.DoesNotContain(partners, p => p.Span.Contains("Xanh Pôn", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_EmptyPartners_Empty()
    {
        Assert.Empty(PartyExtractor.Extract("Bộ Y tế họp.", new PartnerAnalysis([], [])));
    }
}
