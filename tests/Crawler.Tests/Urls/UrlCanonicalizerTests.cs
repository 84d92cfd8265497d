using Pipeline.Crawler.Urls;

namespace Pipeline.Crawler.Tests.Urls;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://VnExpress.NET/suc-khoe/bai-viet.html#binh-luan", "https://vnexpress.net/suc-khoe/bai-viet.html")]
    [InlineData("https://example.vn/a.htm?utm_source=fb&utm_medium=social&id=7", "https://example.vn/a.htm?id=7")]
    [InlineData("https://example.vn/a.htm?fbclid=abc&zarsrc=30", "https://example.vn/a.htm")]
    [InlineData("https://example.vn:443/a.htm", "https://example.vn/a.htm")]
    [InlineData("https://example.vn/a.htm;jsessionid=ABC123", "https://example.vn/a.htm")]
    [InlineData("https://example.vn/a.htm?PHPSESSID=x&page=2", "https://example.vn/a.htm?page=2")]
    public void TryCanonicalize_VariantSpellings_OneCanonicalForm(string input, string expected)
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize(input, null, out var canonical));
        Assert.Equal(expected, canonical.AbsoluteUri);
    }

    [Fact]
    public void TryCanonicalize_RelativeLink_ResolvedAgainstBase()
    {
        Assert.True(UrlCanonicalizer.TryCanonicalize("../y-te/bai.htm", new Uri("https://example.vn/tin-tuc/trang.htm"), out var canonical));
        Assert.Equal("https://example.vn/y-te/bai.htm", canonical.AbsoluteUri);
    }

    [Theory]
    [InlineData("mailto:toasoan@example.vn")]
    [InlineData("javascript:void(0)")]
    [InlineData("ftp://example.vn/file")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("http://")]
    public void TryCanonicalize_NotAWebPage_ReturnsFalse(string input)
    {
        Assert.False(UrlCanonicalizer.TryCanonicalize(input, null, out _));
    }
}
