using System.Diagnostics;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class HtmlNestingLimiterTests
{
    private static readonly Uri PageUri = new("https://tin.example.vn/y-te/bai-viet-20250520.htm");

    private const string Sentence = "Bệnh viện Nhi Trung ương tiếp nhận máy thở do đối tác Nhật Bản trao tặng cho khoa hồi sức.";

    [Fact]
    public void Limit_100000NestedDivs_CappedAt512AndTextKept()
    {
        var html = Repeat("<div>", 100_000) + Sentence + Repeat("</div>", 100_000);

        var limited = HtmlNestingLimiter.Limit(html);

        Assert.Equal(HtmlNestingLimiter.MaxOpenInBody, Occurrences(limited, "<div>"));
        Assert.Equal(HtmlNestingLimiter.MaxOpenInBody, Occurrences(limited, "</div>"));
        Assert.Contains(Sentence, limited, StringComparison.Ordinal);
        Assert.Equal(HtmlNestingLimiter.MaxOpenInBody, ParsedDepth(limited).Deepest);
    }

    [Fact]
    public void Extract_100000NestedDivs_WithinTwoSeconds()
    {
        // The generated input of the finding: 1.1 MB of nested divs around a short article.
        var article = $"<h1>Tiếp nhận máy thở</h1><p>{Sentence}</p><p>{Sentence}</p>";
        var html = "<html><head><title>Tiếp nhận máy thở</title></head><body>" + Repeat("<div>", 100_000) + article + Repeat("</div>", 100_000) + "</body></html>";
        var extractor = new ArticleExtractor();

        var watch = Stopwatch.StartNew();
        var result = extractor.Extract(html, PageUri);
        watch.Stop();

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
        Assert.Contains(Sentence, result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<span><div></span>")]
    [InlineData("<svg><div/>")]
    [InlineData("<ul><li>")]
    [InlineData("<p><b id=x>x</p><font>")]
    [InlineData("<div/>")]
    [InlineData("<a href=#><div>")]
    [InlineData("<div><b id=1><i id=2><u id=3><s id=4></div>x")]
    public void Limit_NestingTheTreeBuilderKeepsOpen_NothingPiledAtTheParsersCap(string unit)
    {
        // AngleSharp appends every element deeper than its cap to the deepest one, in time that grows with
        // their square: 5,000 of these units take it seconds, 20,000 minutes.
        var html = Repeat(unit, 20_000) + Sentence;

        var limited = HtmlNestingLimiter.Limit(html);

        var parsed = ParsedDepth(limited);
        Assert.InRange(parsed.AtTheCap, 0, HtmlNestingLimiter.MaxActiveFormatting + 4);
        Assert.EndsWith(Sentence, limited, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>", "")]
    [InlineData("<li>", "")]
    [InlineData("<div>", "</div>")]
    [InlineData("<tr><td>", "")]
    [InlineData("<option>", "")]
    [InlineData("<h2>x<h3>", "")]
    [InlineData("<span><b>", "</b></span>")]
    [InlineData("<p><b>", "</p>")]
    [InlineData("<table>", "")]
    [InlineData("<a href=#>", "")]
    [InlineData("<script>var s = '<div><div><div>';</script><div>", "</div>")]
    [InlineData("<!-- <div><div> --><div>", "</div>")]
    [InlineData("<div title='<div>'>", "</div>")]
    public void Limit_FlatPageWithImpliedEndTags_ReturnedUnchanged(string open, string close)
    {
        // Thousands of elements, none deeper than a few levels: the tree builder closes each before the next.
        var html = "<table><tbody>" + Repeat(open + Sentence + close, 2_000) + "</tbody></table>";
        html = open == "<li>" ? "<ul>" + html + "</ul>" : open == "<option>" ? "<select>" + html + "</select>" : html;

        var limited = HtmlNestingLimiter.Limit(html);

        Assert.Same(html, limited);
        Assert.InRange(ParsedDepth(limited).Deepest, 1, 12);
    }

    [Fact]
    public void Limit_DeepSectionThenOrdinaryContent_ContentAfterTheDeepPartKeepsItsStructure()
    {
        var html = "<body>" + Repeat("<div>", 2_000) + "sâu" + Repeat("</div>", 2_000) + "<article><p>" + Sentence + "</p></article></body>";

        var limited = HtmlNestingLimiter.Limit(html);
        using var document = new HtmlParser().ParseDocument(limited);

        var paragraph = Assert.Single(document.QuerySelectorAll("article > p"));
        Assert.Equal(Sentence, paragraph.TextContent);
        Assert.Equal("BODY", paragraph.ParentElement!.ParentElement!.TagName);
    }

    [Fact]
    public void Limit_FiveMegabytesOfOpenTags_Linear()
    {
        var small = Repeat("<div><span>", 50_000);
        var large = Repeat("<div><span>", 500_000);

        var smallTime = Time(() => HtmlNestingLimiter.Limit(small));
        var largeTime = Time(() => HtmlNestingLimiter.Limit(large));

        // Ten times the input, at most about ten times the work (with room for a noisy shared machine).
        Assert.InRange(largeTime, TimeSpan.Zero, (smallTime * 30) + TimeSpan.FromMilliseconds(300));
    }

    /// <summary>The fastest of three runs: the machine is shared, and the slowest run measures the neighbours.</summary>
    private static TimeSpan Time(Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = TimeSpan.FromTicks(Math.Min(best.Ticks, watch.Elapsed.Ticks));
        }

        return best;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The deepest element under body in the tree AngleSharp builds, and how many sit at its cap.</summary>
    private static (int Deepest, int AtTheCap) ParsedDepth(string html)
    {
        var atTheCap = 0;
        using var document = new HtmlParser().ParseDocument(html);
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((document.Body!, 0));
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            atTheCap += depth >= HtmlNestingLimiter.MaxOpenInBody ? 1 : 0;
            foreach (var child in element.Children)
            {
                pending.Push((child, depth + 1));
            }
        }

        return (deepest, atTheCap);
    }
}
