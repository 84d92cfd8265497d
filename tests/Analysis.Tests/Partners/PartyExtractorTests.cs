using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class PartyExtractorTests
{
    private static readonly Gazetteer Places = Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "data", "gazetteers"));
    private static readonly PartnerExtractor Partners = new(Places);

    [Fact]
    public void Extract_InstitutionInThePartnersSentence_Party()
    {
        const string text = "Bệnh viện Phụ sản Hà Nội ký biên bản ghi nhớ với Bệnh viện Charité (Đức). Sở Y tế Đà Nẵng cũng dự lễ.";

        var party = Assert.Single(PartyExtractor.Extract(text, Partners.Analyze(text)));

        Assert.Equal("Bệnh viện Phụ sản Hà Nội", party.Span);
        Assert.Equal("benh-vien-phu-san-ha-noi", party.Key);
        Assert.Equal("VN", party.CountryCode);
    }

    [Theory]
    [InlineData("Bệnh viện Bạch Mai ký kết hợp tác với Bộ Y tế Lào. Lễ ký kết diễn ra tại Bệnh viện Hữu nghị Việt Đức.", "Bệnh viện Hữu nghị Việt Đức")]
    [InlineData("Bệnh viện Bạch Mai tiếp nhận thiết bị do JICA tài trợ (ảnh: Bệnh viện Việt Đức)", "Bệnh viện Việt Đức")]
    [InlineData("Bệnh viện Bạch Mai ký kết hợp tác với Bộ Y tế Lào (nguồn: Sở Y tế Hà Nội)", "Sở Y tế Hà Nội")]
    [InlineData("Bệnh viện Bạch Mai và Cục Quân y (Bộ Quốc phòng) ký kết hợp tác với Bộ Y tế Lào.", "Bộ Quốc phòng")]
    public void Extract_VenueOrCredit_NotParty(string text, string venue)
    {
        var parties = PartyExtractor.Extract(text, Partners.Analyze(text));

        Assert.Contains(parties, p => p.Span == "Bệnh viện Bạch Mai");
        Assert.DoesNotContain(parties, p => p.Span == venue);
    }

    [Fact]
    public void Extract_ShortFormOfAForeignPartnersName_NotParty()
    {
        const string text = "Móng Cái tiếp nhận vật tư do Chính quyền nhân dân thành phố Đông Hưng (Trung Quốc) trao tặng. Lãnh đạo Móng Cái cảm ơn chính quyền Đông Hưng đã hỗ trợ.";

        var parties = PartyExtractor.Extract(text, Partners.Analyze(text), Places);

        Assert.DoesNotContain(parties, p => p.Span.Contains("Đông Hưng", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BodyDistributingAid_Party()
    {
        const string text = "Chính phủ Hàn Quốc tài trợ 1,2 triệu liều vắc xin qua UNICEF. Số vắc xin này sẽ được Viện Vệ sinh dịch tễ Trung ương phân bổ cho các tỉnh.";

        Assert.Contains(PartyExtractor.Extract(text, Partners.Analyze(text)), p => p.Span == "Viện Vệ sinh dịch tễ Trung ương");
    }

    [Fact]
    public void Extract_FriendshipHospitalWithItsTown_OneParty()
    {
        const string text = "Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới tiếp đoàn công tác của Đại sứ quán Cuba.";

        var party = Assert.Single(PartyExtractor.Extract(text, Partners.Analyze(text), Places));

        Assert.Equal("Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới", party.Span);
    }

    [Fact]
    public void Extract_ProvincesListedAfterGom_EveryProvince()
    {
        const string text = "Ban Quản lý dự án phối hợp với Ngân hàng Phát triển châu Á khởi động dự án. Các tỉnh tham gia gồm Bắc Kạn, Hà Giang và Yên Bái.";

        var parties = PartyExtractor.Extract(text, Partners.Analyze(text), Places).Select(p => p.Span).ToList();

        Assert.Contains("Bắc Kạn", parties);
        Assert.Contains("Hà Giang", parties);
        Assert.Contains("Yên Bái", parties);
    }

    [Fact]
    public void Extract_BracketOpeningTheText_PartyWithNoOwnerBeforeIt()
    {
        const string text = "  (Bộ Y tế) ký kết hợp tác với Bộ Y tế Lào.";

        Assert.Contains(PartyExtractor.Extract(text, Partners.Analyze(text), Places), p => p.Span == "Bộ Y tế");
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

    [Theory]
    [InlineData("Chính phủ Hàn Quốc giúp Quảng Nam xây một bệnh viện nhi.", "Quảng Nam")]
    [InlineData("Chiều 9/6, lãnh đạo Hà Tĩnh tiếp đoàn của Quỹ Phát triển Kuwait.", "Hà Tĩnh")]
    [InlineData("Nghệ An tiếp nhận 3 máy thở do Tổ chức Y tế Thế giới (WHO) tặng.", "Nghệ An")]
    [InlineData("Sáng 2/3, Ngành Y tế Gia Lai trao 40 xe lăn cho Sở Y tế tỉnh Rattanakiri (Campuchia).", "Gia Lai")]
    public void Extract_BareProvinceActingAsSide_Party(string text, string province)
    {
        var parties = PartyExtractor.Extract(text, Partners.Analyze(text), Places);

        Assert.Contains(parties, p => p.Span == province && p.Kind == "city" && p.CountryCode == "VN");
    }

    [Theory]
    [InlineData("Xe của Trung Quốc đưa bà Lê Thị Hoa (trú tại xã Hải Xuân, tỉnh Quảng Ninh) sang Đông Hưng điều trị theo thỏa thuận.", "Quảng Ninh")]
    [InlineData("Bệnh viện Charité (Đức) cử 2 chuyên gia sang Hà Nội hỗ trợ ca ghép đầu tiên.", "Hà Nội")]
    [InlineData("Nhiều kỹ thuật mới do Nhật Bản chuyển giao đã được các bệnh viện của Hà Nội tiếp nhận.", "Hà Nội")]
    [InlineData("Đoàn chuyên gia Hàn Quốc đã đến Quảng Trị hỗ trợ khám bệnh.", "Quảng Trị")]
    [InlineData("Hai bên hội đàm với Bộ Y tế Lào tại thành phố Cao Bằng, tỉnh Cao Bằng sáng qua.", "Cao Bằng")]
    public void Extract_ProvinceThatOnlyLocatesOrOwns_NotParty(string text, string province)
    {
        var parties = PartyExtractor.Extract(text, Partners.Analyze(text), Places);

        Assert.DoesNotContain(parties, p => p.Span == province);
    }

    [Fact]
    public void Extract_ProvinceInsideAPartyAndActingAlone_BothParties()
    {
        const string text = "Sở Y tế Lào Cai ký biên bản hợp tác với Cục Y tế châu Hồng Hà (Trung Quốc). Lãnh đạo tỉnh Lào Cai cảm ơn phía bạn.";

        var parties = PartyExtractor.Extract(text, Partners.Analyze(text), Places);

        Assert.Contains(parties, p => p.Span == "Sở Y tế Lào Cai");
        Assert.Contains(parties, p => p.Span == "Lào Cai" && p.Kind == "city");
    }

    [Theory]
    [InlineData("Dự án Nâng cao năng lực y tế cơ sở do USAID tài trợ được Bộ Y tế triển khai.", "Dự án Nâng cao")]
    [InlineData("Chương trình Tăng cường y tế dự phòng do Quỹ Toàn cầu tài trợ đã kết thúc.", "Chương trình Tăng cường")]
    public void Extract_ProjectOrProgramme_NotParty(string text, string start)
    {
        var parties = PartyExtractor.Extract(text, Partners.Analyze(text), Places);

        Assert.DoesNotContain(parties, p => p.Span.StartsWith(start, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NationalProgramme_Party()
    {
        const string text = "Chương trình Chống lao Quốc gia phối hợp với Tổ chức Y tế Thế giới (WHO) mở lớp tập huấn.";

        var parties = PartyExtractor.Extract(text, Partners.Analyze(text), Places);

        Assert.Contains(parties, p => p.Span == "Chương trình Chống lao Quốc gia");
    }

    [Fact]
    public void Extract_PartyNamedWithAndWithoutItsCountry_OneKey()
    {
        const string text = "Bộ Y tế Việt Nam ký biên bản ghi nhớ với Bộ Y tế Lào.";

        var party = Assert.Single(PartyExtractor.Extract(text, Partners.Analyze(text), Places));

        Assert.Equal("Bộ Y tế Việt Nam", party.Span);
        Assert.Equal("bo-y-te", party.Key);
    }

    [Fact]
    public void Extract_ParticipantsListedAcrossSemicolons_EachAParty()
    {
        const string text = "Bộ Y tế tiếp đoàn Bộ Y tế Lào. Tham dự có đại diện Văn phòng Chính phủ; lãnh đạo Bệnh viện Bạch Mai; Sở Y tế Hà Nội.";

        var parties = PartyExtractor.Extract(text, Partners.Analyze(text)).Select(p => p.Span).ToList();

        Assert.Contains("Bệnh viện Bạch Mai", parties);
        Assert.Contains("Sở Y tế Hà Nội", parties);
    }

    [Theory]
    [InlineData("Thành phố Móng Cái và thành phố Đông Hưng (Trung Quốc) tăng cường phối hợp phòng chống dịch.", "Móng Cái")]
    [InlineData("Đoàn công tác tỉnh Xiêng Khoảng làm việc với thành phố Hội An về hợp tác y tế.", "Hội An")]
    [InlineData("Tỉnh Champasak ký biên bản hợp tác với tỉnh Thanh Hoá về khám chữa bệnh.", "Thanh Hoá")]
    public void Extract_CityOrProvinceAsASideInAnySpelling_Party(string text, string span)
    {
        var parties = PartyExtractor.Extract(text, Partners.Analyze(text), Places);

        Assert.Contains(span, parties.Select(p => p.Span));
    }

    [Fact]
    public void Extract_CooperationCueOpensTheSentence_InstitutionIsAParty()
    {
        const string text = "Đại sứ quán Nhật Bản đến thăm tỉnh. Hợp tác giữa Sở Y tế Yên Bái và các đối tác được đánh giá cao.";

        var parties = PartyExtractor.Extract(text, Partners.Analyze(text), Places);

        Assert.Contains("Sở Y tế Yên Bái", parties.Select(p => p.Span));
    }

    [Fact]
    public void Extract_GuestsListedAtACeremony_Parties()
    {
        const string text = "Bộ Y tế Lào bàn giao công trình. Đến dự buổi lễ có đại diện Bộ Kế hoạch và Đầu tư, Sở Y tế Nghệ An.";

        var parties = PartyExtractor.Extract(text, Partners.Analyze(text), Places).Select(p => p.Span).ToList();

        Assert.Contains("Bộ Kế hoạch và Đầu tư", parties);
        Assert.Contains("Sở Y tế Nghệ An", parties);
    }

    [Fact]
    public void Extract_UnitOfAForeignPartner_NoParty()
    {
        const string text = "Đoàn đại biểu Ban Đối ngoại của Quốc hội Nhật Bản thăm Bệnh viện Bạch Mai.";

        var parties = PartyExtractor.Extract(text, Partners.Analyze(text), Places).Select(p => p.Span).ToList();

        Assert.DoesNotContain("Ban Đối ngoại", parties);
        Assert.Contains("Bệnh viện Bạch Mai", parties);
    }

    [Fact]
    public void Extract_ProvincesListedAfterTai_EachItemAsTheFirst()
    {
        const string text = "Dự án do JICA tài trợ được triển khai tại các tỉnh: Sơn La, Lai Châu và Điện Biên.";

        var parties = PartyExtractor.Extract(text, Partners.Analyze(text), Places).Select(p => p.Span).ToList();

        Assert.Equal(["Sơn La", "Lai Châu", "Điện Biên"], parties);
    }
}
