using System.Text;
using Pipeline.Crawler.Robots;

namespace Pipeline.Crawler.Tests.Robots;

public sealed class RobotsLineReaderTests
{
    // Upstream ID_LinesNumbersAreCountedCorrectly: Unix, DOS, Mac, no final newline, mixed.
    [Theory]
    [InlineData("User-Agent: foo\nAllow: /some/path\nUser-Agent: bar\n\n\nDisallow: /\n")]
    [InlineData("User-Agent: foo\r\nAllow: /some/path\r\nUser-Agent: bar\r\n\r\n\r\nDisallow: /\r\n")]
    [InlineData("User-Agent: foo\rAllow: /some/path\rUser-Agent: bar\r\r\rDisallow: /\r")]
    [InlineData("User-Agent: foo\nAllow: /some/path\nUser-Agent: bar\n\n\nDisallow: /")]
    [InlineData("User-Agent: foo\nAllow: /some/path\r\nUser-Agent: bar\n\r\n\nDisallow: /")]
    public void Read_AnyLineEnding_FourDirectivesLastOnLineSix(string robots)
    {
        var directives = RobotsLineReader.Read(Encoding.UTF8.GetBytes(robots));

        Assert.Equal(4, directives.Count(d => d.Kind != RobotsDirectiveKind.Unknown));
        Assert.Equal(6, directives[^1].Line);
    }

    // Upstream ID_UTF8ByteOrderMarkIsSkipped: a whole or partial mark at the start is skipped; a broken one, or
    // one further on, makes its line garbage.
    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "", 2, 0)]
    [InlineData(new byte[] { 0xEF, 0xBB }, "", 2, 0)]
    [InlineData(new byte[] { 0xEF }, "", 2, 0)]
    [InlineData(new byte[] { 0xEF, 0x11, 0xBF }, "", 1, 1)]
    [InlineData(new byte[0], "\xEF\xBB\xBF", 1, 1)]
    public void Read_ByteOrderMark_AsGoogle(byte[] beforeFirstLine, string beforeSecondLine, int known, int unknown)
    {
        byte[] robots = [.. beforeFirstLine, .. "User-Agent: foo\n"u8, .. Latin1(beforeSecondLine), .. "Allow: /AnyValue\n"u8];

        var directives = RobotsLineReader.Read(robots);

        Assert.Equal(known, directives.Count(d => d.Kind != RobotsDirectiveKind.Unknown));
        Assert.Equal(unknown, directives.Count(d => d.Kind == RobotsDirectiveKind.Unknown));
    }

    [Theory]
    [InlineData("useragent: a", nameof(RobotsDirectiveKind.UserAgent))]
    [InlineData("User agent: a", nameof(RobotsDirectiveKind.UserAgent))]
    [InlineData("USER-AGENTS: a", nameof(RobotsDirectiveKind.UserAgent))]
    [InlineData("Allowed: /a", nameof(RobotsDirectiveKind.Allow))]
    [InlineData("dissallow: /a", nameof(RobotsDirectiveKind.Disallow))]
    [InlineData("Dissalow: /a", nameof(RobotsDirectiveKind.Disallow))]
    [InlineData("disalow: /a", nameof(RobotsDirectiveKind.Disallow))]
    [InlineData("DIASLLOW: /a", nameof(RobotsDirectiveKind.Disallow))]
    [InlineData("disallaw: /a", nameof(RobotsDirectiveKind.Disallow))]
    [InlineData("Site-map: http://a.vn/s.xml", nameof(RobotsDirectiveKind.Sitemap))]
    [InlineData("Crawl-delay: 5", nameof(RobotsDirectiveKind.Unknown))]
    [InlineData("Disalow /a", nameof(RobotsDirectiveKind.Disallow))]
    [InlineData("Disallow\t/a", nameof(RobotsDirectiveKind.Disallow))]
    public void Read_KeyCaseAndTypos_AsGoogle(string line, string expected)
    {
        Assert.Equal(expected, Assert.Single(RobotsLineReader.Read(Encoding.UTF8.GetBytes(line))).Kind.ToString());
    }

    [Theory]
    [InlineData("Disallow /a /b")]
    [InlineData("Disallow")]
    [InlineData(": /a")]
    [InlineData("# Disallow: /a")]
    [InlineData("   \t ")]
    public void Read_NoDirective_Nothing(string line)
    {
        Assert.Empty(RobotsLineReader.Read(Encoding.UTF8.GetBytes(line)));
    }

    [Theory]
    [InlineData("Disallow: /a # why", "/a")]
    [InlineData("  Disallow :  /a b  ", "/a b")]
    [InlineData("Disallow: /a\0/b", "/a")]
    [InlineData("Disallow: /tin-tức", "/tin-t%E1%BB%A9c")]
    [InlineData("Disallow: /a:b", "/a:b")]
    public void Read_Value_TrimmedCutAndEscaped(string line, string expected)
    {
        Assert.Equal(expected, Assert.Single(RobotsLineReader.Read(Encoding.UTF8.GetBytes(line))).Value);
    }

    [Fact]
    public void Read_LongLine_CutAfterGoogleLimit()
    {
        var robots = "Disallow: " + new string('a', RobotsLineReader.MaxLineBytes) + "\nAllow: /b";

        var directives = RobotsLineReader.Read(Encoding.UTF8.GetBytes(robots));

        Assert.Equal(RobotsLineReader.MaxLineBytes - "Disallow: ".Length, directives[0].Value.Length);
        Assert.Equal(("/b", 2), (directives[1].Value, directives[1].Line));
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
