using Pipeline.Crawler.Robots;

namespace Pipeline.Crawler.Tests.Robots;

public sealed class RobotsAgentTests
{
    // Upstream ID_VerifyValidUserAgentsToObey; its last row is also the first assertion of GoogleOnly_AcceptUserAgentUpToFirstSpace.
    [Theory]
    [InlineData("Foobot", true)]
    [InlineData("Foobot-Bar", true)]
    [InlineData("Foo_Bar", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("ツ", false)]
    [InlineData("Foobot*", false)]
    [InlineData(" Foobot ", false)]
    [InlineData("Foobot/2.1", false)]
    [InlineData("Foobot Bar", false)]
    public void IsValidProductToken_AsGoogle(string? token, bool expected)
    {
        Assert.Equal(expected, RobotsAgent.IsValidProductToken(token));
    }

    [Theory]
    [InlineData("Googlebot/2.1 (+http://www.google.com/bot.html)", "Googlebot")]
    [InlineData("Googlebot Images", "Googlebot")]
    [InlineData("*", "*")]
    [InlineData("* everyone", "*")]
    [InlineData("*bot", "")]
    [InlineData("Bot2", "Bot")]
    public void FromLine_Value_ProductTokenItNames(string value, string expected)
    {
        Assert.Equal(expected, RobotsAgent.FromLine(value));
    }
}
