using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class SectionAddressTests
{
    [Theory]
    [InlineData("https://tin.example.vn/", "site root")]
    [InlineData("https://tin.example.vn/index.html", "site root")]
    [InlineData("https://tin.example.vn/thoi-su/", "section path")]
    [InlineData("https://tin.example.vn/suc-khoe.htm", "section path")]
    [InlineData("https://tin.example.vn/kinh-doanh/chung-khoan", "section path")]
    [InlineData("https://tin.example.vn/thoi-su/trang-2.htm", "section path")]
    [InlineData("https://tin.example.vn/suc-khoe/page/3/", "section path")]
    [InlineData("https://tin.example.vn/tag/vac-xin-soi-12345.html", "tag path")]
    [InlineData("https://tin.example.vn/chuyen-muc/y-te/", "chuyen-muc path")]
    public void Describe_ListingAddress_NamesItsKind(string address, string expected)
    {
        Assert.Equal(expected, SectionAddress.Describe(new Uri(address)));
    }

    [Theory]
    [InlineData("https://tin.example.vn/thoi-su/bo-y-te-ban-hanh-huong-dan-moi-20250520081500123.htm")]
    [InlineData("https://tin.example.vn/suc-khoe/uong-nuoc-dung-cach-4890123.html")]
    [InlineData("https://tin.example.vn/2019/05/21/")]
    [InlineData("https://tin.example.vn/benh-vien-tinh-mo-lop-huong-dan-nguoi-benh-tieu-duong")]
    [InlineData("https://tin.example.vn/a/b/c")]
    public void Describe_ArticleAddress_Null(string address)
    {
        Assert.Null(SectionAddress.Describe(new Uri(address)));
    }
}
