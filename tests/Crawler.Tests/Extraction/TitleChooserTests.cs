using AngleSharp.Html.Parser;
using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class TitleChooserTests
{
    private const string Headline = "Bệnh viện tỉnh mở phòng khám ngoại trú cho người bệnh tăng huyết áp";

    private static TitleChoice Choose(string head, string body, string? section = null, string? siteName = null)
    {
        using var document = new HtmlParser().ParseDocument($"<html><head>{head}</head><body>{body}</body></html>");
        var ogTitle = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content");
        var metadata = new PageMetadata(ogTitle, null, null, null, [], section, siteName, null, null, []);
        return TitleChooser.Choose(document, metadata);
    }

    [Fact]
    public void Choose_SectionNameH1AndAgreeingMetadata_TakesTheMetadataHeadline()
    {
        var choice = Choose(
            $"<title>{Headline} - Báo Mẫu</title><meta property=\"og:title\" content=\"{Headline}\">",
            $"<h1>Sức khỏe</h1><h2 class=\"title\">{Headline}</h2>",
            siteName: "Báo Mẫu");

        Assert.Equal(Headline, choice.Title);
        Assert.Equal("H2", choice.Headline?.TagName);
    }

    [Fact]
    public void Choose_SiteNameH1_TakesTheMetadataHeadline()
    {
        var choice = Choose($"<title>{Headline} | Báo Mẫu Điện Tử</title><meta property=\"og:title\" content=\"{Headline}\">", "<h1>Báo Mẫu Điện Tử</h1>", siteName: "Báo Mẫu Điện Tử");

        Assert.Equal(Headline, choice.Title);
        Assert.Null(choice.Headline);
    }

    [Fact]
    public void Choose_HeadlineH1_KeepsTheH1()
    {
        var choice = Choose($"<title>{Headline} - Báo Mẫu</title><meta property=\"og:title\" content=\"{Headline}\">", "<h1>Mở phòng khám ngoại trú cho người tăng huyết áp</h1>");

        Assert.Equal("Mở phòng khám ngoại trú cho người tăng huyết áp", choice.Title);
        Assert.Equal("H1", choice.Headline?.TagName);
    }

    [Fact]
    public void Choose_ShortH1WithoutAgreeingMetadata_KeepsTheH1()
    {
        // og:title alone is one source: nothing confirms it against the page's own heading.
        var choice = Choose($"<title>Báo Mẫu</title><meta property=\"og:title\" content=\"{Headline}\">", "<h1>Sức khỏe</h1>");

        Assert.Equal("Sức khỏe", choice.Title);
    }

    [Fact]
    public void Choose_NoH1_TitleWithoutTheSiteName()
    {
        var choice = Choose($"<title>Sức khỏe &amp; Đời sống - {Headline}</title>", "<div class=\"title\">x</div>", siteName: "Sức khỏe & Đời sống");

        Assert.Equal(Headline, choice.Title);
    }

    [Fact]
    public void Choose_OgTitleWithTheSameSuffixAsTitle_SuffixRemoved()
    {
        var choice = Choose($"<title>{Headline} - Báo Mẫu</title><meta property=\"og:title\" content=\"{Headline} - Báo Mẫu\">", string.Empty);

        Assert.Equal(Headline, choice.Title);
    }
}
