using AngleSharp.Html.Parser;
using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class TextBlocksTests
{
    [Fact]
    public void CleanText_LineBreaksAndBlockEdges_KeepWordsApart()
    {
        using var document = new HtmlParser().ParseDocument("<div id=x>Hà Nội<br>Huế<div>Hoàng Lê</div><time>19:25</time> <b>Đà</b><i>Nẵng</i></div>");

        var text = TextBlocks.CleanText(document.GetElementById("x")!);

        Assert.Equal("Hà Nội Huế Hoàng Lê 19:25 ĐàNẵng", text);
    }

    [Fact]
    public void LinkDensity_LinkedWordsAndSpacesInsideLinks_Counted()
    {
        using var document = new HtmlParser().ParseDocument("<p id=x>Xem thêm <a href=/a>Tin mới nhất</a> <a href=/b>Y tế</a></p>");
        var element = document.GetElementById("x")!;
        var text = TextBlocks.CleanText(element);

        var density = TextBlocks.LinkDensity(element, text.Length);

        Assert.Equal("Xem thêm Tin mới nhất Y tế".Length, text.Length);
        Assert.Equal(("Tin mới nhất".Length + "Y tế".Length) / (double)text.Length, density, 6);
    }
}
