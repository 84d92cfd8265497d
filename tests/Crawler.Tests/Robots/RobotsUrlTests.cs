using Pipeline.Crawler.Robots;

namespace Pipeline.Crawler.Tests.Robots;

public sealed class RobotsUrlTests
{
    // Upstream TestGetPathParamsQuery.
    [Theory]
    [InlineData("", "/")]
    [InlineData("http://www.example.com", "/")]
    [InlineData("http://www.example.com/", "/")]
    [InlineData("http://www.example.com/a", "/a")]
    [InlineData("http://www.example.com/a/", "/a/")]
    [InlineData("http://www.example.com/a/b?c=http://d.e/", "/a/b?c=http://d.e/")]
    [InlineData("http://www.example.com/a/b?c=d&e=f#fragment", "/a/b?c=d&e=f")]
    [InlineData("example.com", "/")]
    [InlineData("example.com/", "/")]
    [InlineData("example.com/a", "/a")]
    [InlineData("example.com/a/", "/a/")]
    [InlineData("example.com/a/b?c=d&e=f#fragment", "/a/b?c=d&e=f")]
    [InlineData("a", "/")]
    [InlineData("a/", "/")]
    [InlineData("/a", "/a")]
    [InlineData("a/b", "/b")]
    [InlineData("example.com?a", "/?a")]
    [InlineData("example.com/a;b#c", "/a;b")]
    [InlineData("//a/b/c", "/b/c")]
    public void PathParamsQuery_Url_AsGoogle(string url, string expected)
    {
        Assert.Equal(expected, RobotsUrl.PathParamsQuery(url));
    }

    [Theory]
    [InlineData("http://a.vn#x/y", "/")]
    [InlineData("http://a.vn/b/ツ", "/b/ツ")]
    public void PathParamsQuery_FragmentOrNonAscii_NeitherKeptNorEscaped(string url, string expected)
    {
        Assert.Equal(expected, RobotsUrl.PathParamsQuery(url));
    }
}
