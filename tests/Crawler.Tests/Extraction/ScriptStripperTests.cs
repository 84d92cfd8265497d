using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class ScriptStripperTests
{
    [Fact]
    public void Strip_ScriptsAndStyles_BodiesRemovedTagsKept()
    {
        const string html = "<head><style>p{color:red}</style><script>var s = '<p>not text</p>';</script></head><body><p>Văn bản</p><SCRIPT type=\"text/javascript\">x()</SCRIPT></body>";

        Assert.Equal("<head><style></style><script></script></head><body><p>Văn bản</p><SCRIPT type=\"text/javascript\"></SCRIPT></body>", ScriptStripper.Strip(html));
    }

    [Fact]
    public void Strip_JsonLd_Kept()
    {
        const string html = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script><script>big()</script>";

        Assert.Equal("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script><script></script>", ScriptStripper.Strip(html));
    }

    [Theory]
    [InlineData("<p>Dùng thẻ <scripts> và <styles> trong bài</p>")]
    [InlineData("<script>unterminated")]
    [InlineData("")]
    public void Strip_NotAScriptOrUnterminated_Unchanged(string html)
    {
        Assert.Equal(html, ScriptStripper.Strip(html));
    }
}
