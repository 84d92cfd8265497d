using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class PartyExtractorTests
{
    private static readonly PartnerExtractor Partners = new(Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "data", "gazetteers")));

    [Fact]
    public void Extract_InstitutionInThePartnersSentence_Party()
    {
        const string text = "Bệnh viện Phụ sản Hà Nội ký biên bản ghi nhớ với Bệnh viện Charité (Đức). Sở Y tế Đà Nẵng cũng dự lễ.";

        var party = Assert.Single(PartyExtractor.Extract(text, Partners.Extract(text)));

        Assert.Equal("Bệnh viện Phụ sản Hà Nội", party.Span);
        Assert.Equal("benh-vien-phu-san-ha-noi", party.Key);
        Assert.Equal("VN", party.CountryCode);
    }

    [Fact]
    public void Extract_NoForeignPartner_NoParty()
    {
        const string text = "Sở Y tế Hà Nội và Sở Y tế Điện Biên ký kết chương trình hợp tác chuyển giao kỹ thuật.";

        Assert.Empty(PartyExtractor.Extract(text, Partners.Extract(text)));
    }

    [Fact]
    public void Extract_HeadFollowedByVerb_StopsBeforeTheVerb()
    {
        const string text = "Bệnh viện Bạch Mai tiếp nhận thiết bị do Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) trao tặng.";

        var party = Assert.Single(PartyExtractor.Extract(text, Partners.Extract(text)));

        Assert.Equal("Bệnh viện Bạch Mai", party.Span);
    }

    [Fact]
    public void Extract_EmptyPartners_Empty()
    {
        Assert.Empty(PartyExtractor.Extract("Bộ Y tế họp.", Array.Empty<PartnerFact>()));
    }
}
