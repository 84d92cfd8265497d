using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Pipeline.Crawler.Robots;

namespace Pipeline.Crawler.Tests.Robots;

/// <summary>
/// Issue #27, property tests: a robots decision depends on the address, not on how it is spelt. Percent-encoding an
/// unreserved character ("%61" for "a") or the UTF-8 of a non-ASCII one ("%E1%BB%A9" for "ứ"), with upper- or
/// lower-case hex digits, in the requested path or in a rule (non-ASCII only, RFC 9309 2.2.2), changes no decision.
/// </summary>
public sealed class RobotsTxtPropertyTests
{
    private const int Cases = 500;

    // Paths are appended, not resolved: "//a" is a path here, not another host.
    private const string Site = "https://tin.example.vn";

    // Unreserved ASCII (RFC 3986 2.3) and Vietnamese letters; "/" separates segments and is never encoded.
    private static readonly string[] Characters =
    [
        "a", "b", "t", "n", "y", "Z", "0", "7", "-", ".", "_", "~", "ứ", "ạ", "đ", "ế", "ộ", "Đ", "ò", "/", "/",
    ];

    [Fact]
    public void IsAllowed_PathPercentEncodedEquivalently_SameDecision()
    {
        var allowed = 0;
        var property = Prop.ForAll(Arb.From(Cases_()), Arb.From(Gen.Choose(0, int.MaxValue)), ((string Robots, string Path) c, int seed) =>
        {
            var robots = RobotsTxt.Parse(c.Robots, "PipelineBot");
            var plain = robots.IsAllowed(new Uri(Site + c.Path));
            var encoded = Encode(c.Path, new Random(seed), unreserved: true);
            Assert.True(plain == robots.IsAllowed(new Uri(Site + encoded)), $"\"{c.Path}\" and \"{encoded}\" decided differently under:\n{c.Robots}");
            allowed += plain ? 1 : 0;
        });

        Check.One(Config(27UL), property);

        // Both answers must occur for the property to mean something.
        Assert.InRange(allowed, Cases / 10, Cases - (Cases / 10));
    }

    [Fact]
    public void IsAllowed_RulePercentEncodedEquivalently_SameDecision()
    {
        var property = Prop.ForAll(Arb.From(Cases_()), Arb.From(Gen.Choose(0, int.MaxValue)), ((string Robots, string Path) c, int seed) =>
        {
            var url = new Uri(Site + c.Path);
            var encoded = Encode(c.Robots, new Random(seed), unreserved: false);
            Assert.True(
                RobotsTxt.Parse(c.Robots, "PipelineBot").IsAllowed(url) == RobotsTxt.Parse(encoded, "PipelineBot").IsAllowed(url),
                $"\"{c.Path}\" decided differently under:\n{c.Robots}\nand\n{encoded}");
        });

        Check.One(Config(28UL), property);
    }

    /// <summary>A robots.txt of a few rules for every crawler, and a path; rules are often prefixes of the path so that they match.</summary>
    private static Gen<(string Robots, string Path)> Cases_() =>
        from path in Segment(12).Select(p => "/" + p)
        from rules in Gen.ListOf(Rule(path)).Resize(5)
        select ("User-agent: *\n" + string.Concat(rules), path);

    private static Gen<string> Rule(string path) =>
        from allow in ArbMap.Default.GeneratorFor<bool>()
        from cut in Gen.Choose(1, path.Length)
        from pattern in Gen.Frequency(
            (3, Gen.Constant(path[..cut])),
            (1, Gen.Constant(path[..cut] + "*" + path[Math.Min(path.Length, cut + 1)..])),
            (1, Gen.Constant(path + "$")),
            (1, Segment(6).Select(s => "/" + s)))
        select (allow ? "Allow: " : "Disallow: ") + pattern + "\n";

    private static Gen<string> Segment(int length) => Gen.ListOf(Gen.Elements(Characters)).Resize(length).Select(string.Concat);

    /// <summary>
    /// Percent-encodes some characters at random: non-ASCII ones as their UTF-8 bytes, unreserved ASCII ones when
    /// <paramref name="unreserved"/> is set; hex digits upper- or lower-case. Nothing else is touched.
    /// </summary>
    private static string Encode(string text, Random random, bool unreserved)
    {
        var result = new StringBuilder();
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            var encodable = rune.Value >= 0x80 || (unreserved && (Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '.' or '_' or '~'));
            if (!encodable || random.Next(2) == 0)
            {
                result.Append(rune.ToString());
                continue;
            }

            var format = random.Next(2) == 0 ? "X2" : "x2";
            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
            {
                result.Append('%').Append(b.ToString(format, CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }

    private static Config Config(ulong seed) => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Cases).WithReplay(new Replay(new Rnd(seed), null));
}
