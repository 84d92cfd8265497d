using Pipeline.Crawler.Discovery;

namespace Pipeline.Crawler.Tests.Discovery;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUri = new("https://tin.example.vn/rss/suc-khoe.rss");

    [Fact]
    public void Parse_Rss2_ReturnsCanonicalLinksWithDates()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Sức khỏe</title>
            <item><title>Hợp tác y tế</title><link>https://tin.example.vn/a-1.htm?utm_source=rss</link><pubDate>Tue, 20 May 2025 08:15:00 +0700</pubDate></item>
            <item><title>Không có link</title><guid isPermaLink="false">abc</guid></item>
            <item><title>Tương đối</title><link>/b-2.htm</link><pubDate>Wed, 21 May 2025 01:00:00 GMT</pubDate></item>
            </channel></rss>
            """;

        var links = FeedParser.Parse(rss, FeedUri);

        Assert.Equal(2, links.Count);
        Assert.Equal("https://tin.example.vn/a-1.htm", links[0].Url.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2025, 5, 20, 8, 15, 0, TimeSpan.FromHours(7)), links[0].Published);
        Assert.Equal("Hợp tác y tế", links[0].Title);
        Assert.Equal("https://tin.example.vn/b-2.htm", links[1].Url.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2025, 5, 21, 1, 0, 0, TimeSpan.Zero), links[1].Published);
    }

    [Fact]
    public void Parse_Atom_ReadsAlternateLinks()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>
            <entry><title>Một</title><link rel="alternate" href="https://tin.example.vn/mot.htm"/><published>2025-05-20T08:15:00+07:00</published></entry>
            <entry><title>Hai</title><link rel="edit" href="https://tin.example.vn/edit/2"/><link href="https://tin.example.vn/hai.htm"/><updated>2025-05-21T08:00:00Z</updated></entry>
            </feed>
            """;

        var links = FeedParser.Parse(atom, FeedUri);

        Assert.Equal(["https://tin.example.vn/mot.htm", "https://tin.example.vn/hai.htm"], links.Select(l => l.Url.AbsoluteUri));
    }

    [Theory]
    [InlineData("<rss><channel><item><link>https://a.vn/1</link></item>")]
    [InlineData("<html><body>Not a feed</body></html>")]
    [InlineData("")]
    public void Parse_Malformed_ThrowsDiscoveryFormatException(string text)
    {
        Assert.Throws<DiscoveryFormatException>(() => FeedParser.Parse(text, FeedUri));
    }

    [Fact]
    public void Parse_EntityExpansionBomb_RefusedWithoutExpanding()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <rss><channel><item><title>&lol2;</title><link>https://a.vn/1</link></item></channel></rss>
            """;

        var error = Assert.Throws<DiscoveryFormatException>(() => FeedParser.Parse(bomb, FeedUri));
        Assert.Contains("not well-formed", error.Message, StringComparison.Ordinal);
    }
}
