using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class AuthorNameTests
{
    [Theory]
    [InlineData("Lan Chi/VOV.VN", "Lan Chi")]
    [InlineData("Hải Yến/TTXVN", "Hải Yến")]
    [InlineData(" Đức Minh / baomoi.vn ", "Đức Minh")]
    public void Clean_OutletAfterSlash_Dropped(string byline, string expected) =>
        Assert.Equal(expected, AuthorName.Clean(byline));

    [Theory]
    [InlineData("Lan Chi/Đức Minh")]
    [InlineData("Hải Yến")]
    [InlineData("Nhóm phóng viên/ban Y tế")]
    public void Clean_NoOutletAfterSlash_Unchanged(string byline) =>
        Assert.Equal(byline, AuthorName.Clean(byline));
}
