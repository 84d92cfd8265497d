using Pipeline.Crawler.Robots;

namespace Pipeline.Crawler.Tests.Robots;

/// <summary>
/// Google's reference parser suite (google/robotstxt, robots_test.cc), ported case by case. Its allow/disallow
/// assertions are the rows of <see cref="RobotsProtocolCases"/> and <see cref="RobotsGoogleOnlyCases"/>; URLs
/// go through <see cref="RobotsTxt.IsAllowed(string)"/>, which takes them as written, like Google's matcher.
/// The suite's other tests are ported next to the code they test: RobotsAgentTests (valid user agents),
/// RobotsLineReaderTests (line endings, byte order marks), RobotsUrlTests (path extraction) and RobotsPatternTests
/// (escaping).
/// </summary>
public sealed class RobotsTxtReferenceSuiteTests
{
    public static TheoryData<string, string, string, bool> ProtocolCases => RobotsProtocolCases.Rows();

    public static TheoryData<string, string, string, bool> GoogleOnlyCases => RobotsGoogleOnlyCases.Rows();

    [Theory]
    [MemberData(nameof(ProtocolCases))]
    public void IsAllowed_Rfc9309Case_AsGoogle(string robots, string userAgent, string url, bool expected)
    {
        Assert.Equal(expected, RobotsTxt.Parse(robots, userAgent).IsAllowed(url));
    }

    [Theory]
    [MemberData(nameof(GoogleOnlyCases))]
    public void IsAllowed_GoogleLeniencyCase_AsGoogle(string robots, string userAgent, string url, bool expected)
    {
        Assert.Equal(expected, RobotsTxt.Parse(robots, userAgent).IsAllowed(url));
    }

    [Fact]
    public void Cases_Count_OneRowPerUpstreamAssertion()
    {
        Assert.Equal(72, RobotsProtocolCases.Rows().Count);
        Assert.Equal(73, RobotsGoogleOnlyCases.Rows().Count);
    }

    // ID_NonStandardLineExample_Sitemap: a sitemap line is read wherever it stands.
    [Theory]
    [InlineData("User-Agent: foo\nAllow: /some/path\nUser-Agent: bar\n\n\nSitemap: http://foo.bar/sitemap.xml\n")]
    [InlineData("Sitemap: http://foo.bar/sitemap.xml\nUser-Agent: foo\nAllow: /some/path\nUser-Agent: bar\n\n\n")]
    public void Parse_SitemapAnywhere_Read(string robots)
    {
        Assert.Equal(["http://foo.bar/sitemap.xml"], RobotsTxt.Parse(robots, "foo").Sitemaps);
    }
}
