using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class TitleAffixesTests
{
    [Theory]
    [InlineData("Bộ Y tế hướng dẫn tiêm vắc xin mùa mưa - VnExpress", "VnExpress")]
    [InlineData("Bộ Y tế hướng dẫn tiêm vắc xin mùa mưa | Báo Tuổi Trẻ", "TUOI TRE ONLINE")]
    [InlineData("Bộ Y tế hướng dẫn tiêm vắc xin mùa mưa - Sức khỏe & Đời sống", "Sức khỏe & Đời sống")]
    [InlineData("Sức khỏe & Đời sống - Bộ Y tế hướng dẫn tiêm vắc xin mùa mưa", "Báo Sức khỏe & Đời sống")]
    [InlineData("VnExpress | Bộ Y tế hướng dẫn tiêm vắc xin mùa mưa", "VnExpress.net")]
    public void StripSiteName_NameBeforeOrAfterSeparator_Removed(string title, string siteName)
    {
        Assert.Equal("Bộ Y tế hướng dẫn tiêm vắc xin mùa mưa", TitleAffixes.StripSiteName(title, siteName));
    }

    [Theory]
    [InlineData("Hà Nội - Tokyo ký thỏa thuận hợp tác y tế", "Báo Mẫu")]
    [InlineData("Bệnh viện tỉnh ký kết hợp tác - bước tiến mới của y tế địa phương", "Báo Mẫu")]
    [InlineData("Bộ Y tế hướng dẫn tiêm vắc xin mùa mưa - VnExpress", null)]
    public void StripSiteName_NoPartNamesTheSite_Unchanged(string title, string? siteName)
    {
        Assert.Equal(title, TitleAffixes.StripSiteName(title, siteName));
    }

    [Theory]
    [InlineData("Bộ Y tế hướng dẫn tiêm vắc xin mùa mưa - Báo Mẫu", "Bộ Y tế hướng dẫn tiêm vắc xin mùa mưa")]
    [InlineData("Hà Nội - Tokyo ký thỏa thuận hợp tác y tế", "Hà Nội - Tokyo ký thỏa thuận hợp tác y tế")]
    public void StripTrailingPart_ShortTailAfterLongHead_Removed(string title, string expected)
    {
        Assert.Equal(expected, TitleAffixes.StripTrailingPart(title));
    }
}
