using Pipeline.Crawler.Robots;

namespace Pipeline.Crawler.Tests.Robots;

public sealed class RobotsPatternTests
{
    // Upstream TestMaybeEscapePattern, then our own rows.
    [Theory]
    [InlineData("http://www.example.com", "http://www.example.com")]
    [InlineData("/a/b/c", "/a/b/c")]
    [InlineData("á", "%C3%A1")]
    [InlineData("%aa", "%AA")]
    [InlineData("/%62%61%7a", "/%62%61%7A")]
    [InlineData("/a%2", "/a%2")]
    [InlineData("/a%zz", "/a%zz")]
    [InlineData("/hợp tác", "/h%E1%BB%A3p t%C3%A1c")]
    public void Escape_Pattern_AsGoogle(string pattern, string expected)
    {
        Assert.Equal(expected, RobotsPattern.Escape(pattern));
    }

    [Theory]
    [InlineData("/fish", "/fish.html", true)]
    [InlineData("/fish", "/Fish", false)]
    [InlineData("/*.php$", "/a.php", true)]
    [InlineData("/*.php$", "/a.php5", false)]
    [InlineData("/a$b", "/a$bc", true)]
    [InlineData("$", "/", false)]
    [InlineData("/**a*b*", "/xaxb", true)]
    public void Matches_Pattern_PrefixUnlessAnchored(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, RobotsPattern.Matches(pattern, path));
    }

    [Fact]
    public void Matches_PathologicalPattern_FinishesQuickly()
    {
        var pattern = "/" + string.Concat(Enumerable.Repeat("*a", 200)) + "b";
        var path = "/" + new string('a', 20_000);

        Assert.False(RobotsPattern.Matches(pattern, path));
    }
}
