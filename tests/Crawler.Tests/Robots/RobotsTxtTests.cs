using Pipeline.Crawler.Robots;

namespace Pipeline.Crawler.Tests.Robots;

public sealed class RobotsTxtTests
{
    private static bool Allowed(string robots, string path, string token = "PipelineBot") =>
        RobotsTxt.Parse(robots, token).IsAllowed(new Uri("https://tin.example.vn" + path));

    [Fact]
    public void IsAllowed_OwnGroup_WinsOverStar()
    {
        const string robots = "User-agent: *\nDisallow: /\n\nUser-agent: pipelinebot\nDisallow: /private/\n";

        Assert.True(Allowed(robots, "/suc-khoe/bai.htm"));
        Assert.False(Allowed(robots, "/private/x"));
        Assert.False(Allowed(robots, "/suc-khoe/bai.htm", "OtherBot"));
    }

    [Fact]
    public void IsAllowed_SeveralGroupsForOneAgent_AreCombined()
    {
        const string robots = "User-agent: PipelineBot\nDisallow: /a/\n\nUser-agent: Googlebot\nDisallow: /\n\nUser-agent: PipelineBot\nDisallow: /b/\n";

        Assert.False(Allowed(robots, "/a/1"));
        Assert.False(Allowed(robots, "/b/1"));
        Assert.True(Allowed(robots, "/c/1"));
    }

    [Fact]
    public void IsAllowed_ConsecutiveUserAgentLines_ShareOneGroup()
    {
        const string robots = "User-agent: SomeBot\nUser-agent: PipelineBot\nDisallow: /shared/\n";

        Assert.False(Allowed(robots, "/shared/page"));
    }

    [Theory]
    [InlineData("/tin-tuc/bai.htm", false)]
    [InlineData("/tin-tuc/cong-khai/bai.htm", true)]
    [InlineData("/tin-tuc/cong-khai", true)]
    public void IsAllowed_LongestMatch_Wins(string path, bool expected)
    {
        Assert.Equal(expected, Allowed("User-agent: *\nDisallow: /tin-tuc/\nAllow: /tin-tuc/cong-khai\n", path));
    }

    [Fact]
    public void IsAllowed_EqualLengthAllowAndDisallow_AllowWins()
    {
        Assert.True(Allowed("User-agent: *\nDisallow: /page\nAllow: /page\n", "/page"));
    }

    [Theory]
    [InlineData("/a/print/b.htm", false)]
    [InlineData("/a/b.pdf", false)]
    [InlineData("/a/b.pdf?x=1", true)]
    [InlineData("/a/b.htm", true)]
    public void IsAllowed_WildcardAndEndAnchor_Match(string path, bool expected)
    {
        Assert.Equal(expected, Allowed("User-agent: *\nDisallow: /*/print/\nDisallow: /*.pdf$\n", path));
    }

    [Theory]
    [InlineData("/%7Ejoe/index.html", false)]
    [InlineData("/~joe/index.html", false)]
    [InlineData("/a%3cd", false)]
    [InlineData("/hợp-tác/bai.htm", false)]
    [InlineData("/h%E1%BB%A3p-t%C3%A1c/bai.htm", false)]
    public void IsAllowed_PercentEncoding_NormalisedOnBothSides(string path, bool expected)
    {
        const string robots = "User-agent: *\nDisallow: /~joe/\nDisallow: /a%3Cd\nDisallow: /hợp-tác/\n";

        Assert.Equal(expected, Allowed(robots, path));
    }

    [Fact]
    public void IsAllowed_EmptyDisallowAndComments_AllowEverything()
    {
        Assert.True(Allowed("# comment\nUser-agent: * # all\nDisallow:\n", "/anything"));
    }

    [Fact]
    public void IsAllowed_RobotsTxtItself_AlwaysAllowed()
    {
        Assert.True(Allowed("User-agent: *\nDisallow: /\n", "/robots.txt"));
    }

    [Fact]
    public void Parse_CrawlDelayAndSitemaps_Read()
    {
        var robots = RobotsTxt.Parse("Sitemap: https://a.vn/s1.xml\nUser-agent: *\nCrawl-delay: 2.5\nDisallow: /x\nSitemap: https://a.vn/s2.xml\n", "PipelineBot");

        Assert.Equal(TimeSpan.FromSeconds(2.5), robots.CrawlDelay);
        Assert.Equal(["https://a.vn/s1.xml", "https://a.vn/s2.xml"], robots.Sitemaps);
    }

    [Fact]
    public void Parse_HugeFile_RulesPastTheLimitIgnored()
    {
        var padding = new string('#', RobotsTxt.MaxBytes);
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /early/\n" + padding + "\nDisallow: /late/\n", "PipelineBot");

        Assert.False(robots.IsAllowed(new Uri("https://a.vn/early/1")));
        Assert.True(robots.IsAllowed(new Uri("https://a.vn/late/1")));
    }

    [Fact]
    public void Parse_GarbageLines_Ignored()
    {
        Assert.True(Allowed("<html>not robots</html>\n\u0000\u0001\nUser-agent\nDisallow /x\n", "/x"));
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Parse_AnyLineEnding_LinesSeparate(string newline)
    {
        var robots = string.Join(newline, "User-agent: OtherBot", "Disallow: /", "User-agent: PipelineBot", "Disallow: /rieng/", string.Empty);

        Assert.False(Allowed(robots, "/rieng/1"));
        Assert.True(Allowed(robots, "/tin/1"));
    }

    [Fact]
    public void Parse_ByteOrderMark_Skipped()
    {
        Assert.False(Allowed("\uFEFFUser-agent: *\nDisallow: /x\n", "/x"));
        Assert.False(RobotsTxt.Parse([0xEF, 0xBB, .. "User-agent: *\nDisallow: /x\n"u8], "PipelineBot").IsAllowed("/x"));
    }

    [Fact]
    public void Parse_TyposAndMissingColon_Accepted()
    {
        const string robots = "useragent: PipelineBot\ndissallow: /a/\nDisalow /b/\nuser agent: OtherBot\nDisallow: /\n";

        Assert.False(Allowed(robots, "/a/1"));
        Assert.False(Allowed(robots, "/b/1"));
        Assert.True(Allowed(robots, "/c/1"));
    }

    [Fact]
    public void Parse_CrawlDelayOrUnknownBetweenAgents_GroupKept()
    {
        var robots = RobotsTxt.Parse("User-agent: PipelineBot\nCrawl-delay: 3\nX-Note: hi\nUser-agent: OtherBot\nDisallow: /x/\n", "PipelineBot");

        Assert.False(robots.IsAllowed(new Uri("https://a.vn/x/1")));
        Assert.Equal(TimeSpan.FromSeconds(3), robots.CrawlDelay);
    }

    [Fact]
    public void Parse_SpaceInAgentValue_FirstWordNamesTheCrawler()
    {
        Assert.False(Allowed("User-agent: PipelineBot Tin Tuc\nDisallow: /\n", "/a"));
    }

    [Theory]
    [InlineData("/h%E1%BB%A3p-t%C3%A1c/1", false)]
    [InlineData("/hợp-tác/1", false)]
    [InlineData("/tin/%62%61%7A", true)]
    [InlineData("/tin/baz", true)]
    public void IsAllowed_Uri_MatchedAsRequested(string path, bool expected)
    {
        // A Uri is matched in its escaped form, which is what goes on the wire: non-ASCII escaped, "%62" read as "b".
        Assert.Equal(expected, Allowed("User-agent: *\nDisallow: /hợp-tác/\nDisallow: /tin/%62%61%7A\n", path));
    }

    [Fact]
    public void Parse_LimitCountsBytes_LinePastItDropped()
    {
        // Three bytes a character: the limit falls a third of the way into the padding line.
        var padding = "#" + new string('ệ', RobotsTxt.MaxBytes / 3);
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /early/\n" + padding + "\nDisallow: /late/\n", "PipelineBot");

        Assert.False(robots.IsAllowed("/early/1"));
        Assert.True(robots.IsAllowed("/late/1"));
    }

    [Fact]
    public void Parse_LimitCutsARule_RuleDropped()
    {
        var head = "User-agent: *\nDisallow: /\n#" + new string('x', RobotsTxt.MaxBytes - 40) + "\n";
        var robots = RobotsTxt.Parse(head + "Allow: /" + new string('a', 100) + "\n", "PipelineBot");

        // Cut short, the allow line would read "Allow: /aaa…" and open far more than it names.
        Assert.False(robots.IsAllowed("/aaa"));
    }

    [Fact]
    public void Parse_NoFinalNewline_LastLineRead()
    {
        Assert.False(Allowed("User-agent: *\r\nDisallow: /x", "/x"));
    }
}
