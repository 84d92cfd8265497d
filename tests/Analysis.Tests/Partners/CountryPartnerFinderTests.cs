using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

/// <summary>Countries as sides of a cooperation, through the extractor that feeds the finder its gazetteer and the names it read.</summary>
public sealed class CountryPartnerFinderTests
{
    private static readonly PartnerExtractor Extractor = new(Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "data", "gazetteers")));

    [Theory]
    [InlineData("Quan hệ hợp tác y tế giữa Việt Nam và Đức ngày càng sâu rộng.", "de")]
    [InlineData("Israel trao tặng vật tư y tế hỗ trợ Việt Nam chống dịch.", "il")]
    [InlineData("Năm nay Việt Nam tiếp tục hỗ trợ Myanmar 20.000 khẩu trang.", "mm")]
    [InlineData("Chính phủ Luxembourg cam kết hỗ trợ hai triệu euro cho dự án.", "lu")]
    [InlineData("Nhiều học viên của các nước bạn Lào, Cam-pu-chia đã tốt nghiệp nhờ chương trình hợp tác đào tạo.", "kh")]
    [InlineData("Về phía Trung Quốc, đoàn do Phó cục trưởng dẫn đầu và ký kết hợp tác.", "cn")]
    [InlineData("Ngành y tế mở rộng hợp tác với các nước như Úc, Canada và Phần Lan.", "fi")]
    [InlineData("Hợp tác giữa Việt Nam và Ba Lan trong đào tạo bác sĩ có từ những năm 1970.", "pl")]
    [InlineData("Quan hệ Việt - Lào được thắt chặt nhờ hợp tác y tế.", "la")]
    [InlineData("Hai trường đồng tổ chức hội thảo về y học tái tạo. Phía Nhật Bản có ba giáo sư.", "jp")]
    public void Extract_CountryAsASide_Partner(string text, string key)
    {
        var partners = Extractor.Extract(text);

        Assert.Contains(partners, p => p.Key == key && p.Kind == "country");
    }

    [Theory]
    [InlineData("Các chuyên gia Nhật Bản hướng dẫn bác sĩ kỹ thuật mới trong dự án hợp tác.", "jp")]
    [InlineData("Chính phủ Nhật Bản cũng hỗ trợ Campuchia và Lào hai triệu liều vaccine.", "kh")]
    [InlineData("Chính phủ Nhật Bản cũng hỗ trợ Campuchia và Lào hai triệu liều vaccine.", "la")]
    [InlineData("Phó Thủ tướng Vũ Đức Đam tiếp đoàn và đề nghị hỗ trợ vaccine.", "de")]
    [InlineData("Đoàn bác sĩ tỉnh Lào Cai sang hỗ trợ khám bệnh.", "la")]
    [InlineData("Mô hình bảo hiểm ở các nước như Canada được giới thiệu trong buổi hợp tác.", "ca")]
    [InlineData("Hội Chữ thập đỏ tỉnh Svay Rieng (Campuchia) nhận 30 xe lăn hỗ trợ.", "kh")]
    [InlineData("Dự án có kinh phí 2 triệu đô la Mỹ do quỹ tài trợ.", "us")]
    [InlineData("Nhóm nghiên cứu tại Mỹ phối hợp với bệnh viện trong nước.", "us")]
    [InlineData("Điều phối viên phía Canada cho biết dự án hợp tác sẽ kéo dài.", "ca")]
    [InlineData("Sở Y tế Nghệ An tiếp đoàn công tác Sở Y tế tỉnh Bô-ly-khăm-xay (nước CHDCND Lào) sang hợp tác.", "la")]
    [InlineData("Các bệnh viện Hàn Quốc đã tiếp nhận nhiều điều dưỡng sang làm việc theo chương trình hợp tác.", "kr")]
    [InlineData("Hội thảo khoa học Việt - Pháp về ung thư có sự tham gia của Viện Gustave Roussy và các bệnh viện hợp tác.", "fr")]
    public void Extract_CountryThatQualifiesOrLocates_NoCountryPartner(string text, string key)
    {
        var partners = Extractor.Extract(text);

        Assert.DoesNotContain(partners, p => p.Key == key && p.Kind == "country");
    }

    [Fact]
    public void Extract_GovernmentOfACountry_SpanIncludesGovernment()
    {
        var partner = Assert.Single(Extractor.Extract("Chính phủ Australia tài trợ dự án tiêm chủng."), p => p.Kind == "country");

        Assert.Equal("Chính phủ Australia", partner.Span);
        Assert.Equal("AU", partner.CountryCode);
    }

    [Theory]
    [InlineData("Tỉnh Kanagawa phối hợp với Quảng Nam đào tạo y học thảm họa.", true)]
    [InlineData("Năm bác sĩ của bệnh viện sang Fukuoka học tập trong ba tháng.", false)]
    [InlineData("Khóa thực tập diễn ra tại Barcelona trong hai tháng và được hỗ trợ học bổng.", false)]
    [InlineData("Lô vật tư do thành phố Đông Hưng, Khu tự trị dân tộc Choang Quảng Tây trao tặng đã về Móng Cái để hợp tác chống dịch.", false)]
    [InlineData("Tỉnh Hủa Phăn, tỉnh Luông Pha Bang trao tặng thư cảm ơn vì sự hợp tác.", true)]
    [InlineData("Hai bên hợp tác nghiên cứu và tổ chức hội thảo luân phiên tại Hà Nội và Paris.", false)]
    [InlineData("Hà Nội và Paris hợp tác đào tạo bác sĩ cấp cứu.", true)]
    public void Extract_ForeignPlace_PartnerOnlyWhereItTakesPart(string text, bool partner)
    {
        var cities = Extractor.Extract(text).Where(p => p.Kind == "city").ToList();

        Assert.Equal(partner, cities.Count > 0);
    }

    [Fact]
    public void Extract_PlacesListedWithASide_EverySide()
    {
        var cities = Extractor.Extract("UBND tỉnh Điện Biên hợp tác y tế với các tỉnh Luông Pha Bang, Phông Xa Lỳ và U Đôm Xay.").Where(p => p.Kind == "city").Select(p => p.Key).ToList();

        Assert.Equal(3, cities.Count);
    }
}
