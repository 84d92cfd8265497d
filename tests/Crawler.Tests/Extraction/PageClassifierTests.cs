using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class PageClassifierTests
{
    private static readonly Uri ArticleAddress = new("https://tin.example.vn/y-te/so-y-te-kiem-tra-bep-an-20250602090000123.htm");

    private static readonly string[] Headlines =
    [
        "Sở Y tế kiểm tra bếp ăn tập thể tại các khu công nghiệp",
        "Trạm y tế xã được cấp thêm tủ lạnh bảo quản vắc xin",
        "Bác sĩ trẻ tình nguyện về công tác ở huyện đảo",
        "Người dân được khám mắt miễn phí tại nhà văn hóa phường",
        "Bệnh viện huyện thử nghiệm đặt lịch khám qua điện thoại",
        "Học sinh tiểu học được hướng dẫn rửa tay đúng cách",
        "Chợ đầu mối tăng cường kiểm tra nguồn gốc thịt gia cầm",
        "Phòng khám đa khoa khu vực mở thêm ca trực buổi tối",
    ];

    private static string Teasers(int count) => string.Concat(Headlines.Take(count).Select((h, i) =>
        $"<div class=\"item\"><h3><a href=\"/y-te/bai-{i}.htm\">{h}</a></h3><p>Mô tả ngắn của bài thứ {i + 1}, kể lại ý chính trong một câu gọn gàng cho bạn đọc.</p></div>"));

    private static IDocument Parse(string body) => new HtmlParser().ParseDocument($"<html><body>{body}</body></html>");

    private static List<ArticleParagraph> Paragraphs(params int[] lengths) =>
        lengths.Select((n, i) => new ArticleParagraph($"Đoạn {i}: " + new string('a', n))).ToList();

    [Fact]
    public void Survey_TeaserGrid_CountsEachTeaserAndHeadline()
    {
        var survey = PageClassifier.Survey(Parse($"<div class=\"grid\">{Teasers(8)}</div>"));

        Assert.Equal(8, survey.LinkedHeadlines);
        Assert.Equal(8, survey.Teasers);
        Assert.Contains("Mô tả ngắn của bài thứ 3, kể lại ý chính trong một câu gọn gàng cho bạn đọc.", survey.TeaserTexts);
    }

    [Fact]
    public void Survey_ShortArticleBodyWithOneInlineRelatedHeadline_BodyIsNoTeaser()
    {
        var body = "<div class=\"content\"><p>Sở Y tế tỉnh tiếp nhận 20 máy thở do một tổ chức quốc tế trao tặng trong sáng nay.</p>"
            + "<div class=\"related\"><h3><a href=\"/y-te/bai-khac.htm\">Bệnh viện huyện nhận thêm thiết bị</a></h3></div>"
            + "<p>Số máy sẽ được phân bổ cho ba bệnh viện tuyến huyện có nhiều ca bệnh nặng nhất.</p></div>";

        var survey = PageClassifier.Survey(Parse(body));

        Assert.Equal(0, survey.Teasers);
        Assert.DoesNotContain(survey.TeaserTexts, t => t.Contains("phân bổ", StringComparison.Ordinal));
    }

    [Fact]
    public void Survey_FlatHeadlineDescriptionList_CountsTeasers()
    {
        var flat = string.Concat(Headlines.Take(6).Select((h, i) => $"<h3><a href=\"/b-{i}.htm\">{h}</a></h3><p>Tóm tắt bài số {i + 1} gồm một câu ngắn về sự việc chính.</p>"));

        var survey = PageClassifier.Survey(Parse($"<div class=\"list\">{flat}</div>"));

        Assert.Equal(6, survey.Teasers);
    }

    [Fact]
    public void Survey_HeadlinesWithoutDescriptions_NoTeasers()
    {
        var links = string.Concat(Headlines.Select((h, i) => $"<li><h3><a href=\"/b-{i}.htm\">{h}</a></h3></li>"));

        var survey = PageClassifier.Survey(Parse($"<ul>{links}</ul>"));

        Assert.Equal(8, survey.LinkedHeadlines);
        Assert.Equal(0, survey.Teasers);
    }

    [Fact]
    public void Survey_SubheadingsWithoutLinks_NotHeadlines()
    {
        var body = string.Concat(Headlines.Select(h => $"<h2>{h}</h2><p>Một đoạn văn của bài viết, đủ dài để là nội dung thật của trang báo này.</p>"));

        var survey = PageClassifier.Survey(Parse($"<article>{body}</article>"));

        Assert.Equal(0, survey.LinkedHeadlines);
    }

    [Fact]
    public void Classify_MainTextBlock_ArticleDespiteTeasersAndSectionAddress()
    {
        var document = Parse($"<div class=\"related\">{Teasers(8)}</div>");
        var survey = PageClassifier.Survey(document);

        var verdict = PageClassifier.Classify(survey, document, Paragraphs(200, 200, 200), new Uri("https://tin.example.vn/"));

        Assert.False(verdict.IsListing);
        Assert.Null(verdict.Reason);
    }

    [Fact]
    public void Classify_OneLongBlockOfText_Article()
    {
        var document = Parse($"<div class=\"related\">{Teasers(8)}</div>");

        var verdict = PageClassifier.Classify(PageClassifier.Survey(document), document, Paragraphs(900), ArticleAddress);

        Assert.False(verdict.IsListing);
    }

    [Fact]
    public void Classify_TeaserGridAtSiteRoot_ListingNamingEverySignal()
    {
        var document = Parse($"<div class=\"grid\">{Teasers(8)}</div>");

        var verdict = PageClassifier.Classify(PageClassifier.Survey(document), document, [], new Uri("https://tin.example.vn/"));

        Assert.True(verdict.IsListing);
        Assert.Equal("listing page: teaser grid (8 teasers), linked headlines (8), site root (/), no main text (0 characters of paragraphs)", verdict.Reason);
    }

    [Fact]
    public void Classify_ParagraphsThatAreTeaserDescriptions_NoMainText()
    {
        var document = Parse($"<div class=\"grid\">{Teasers(6)}</div>");
        var survey = PageClassifier.Survey(document);
        var paragraphs = document.QuerySelectorAll("p").Select(p => new ArticleParagraph(p.TextContent)).ToList();

        var verdict = PageClassifier.Classify(survey, document, paragraphs, ArticleAddress);

        Assert.True(verdict.IsListing);
        Assert.Contains("no main text (0 characters", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_ShortArticleWithRelatedTeasers_StaysArticle()
    {
        var document = Parse($"<div class=\"related\">{Teasers(8)}</div>");

        var verdict = PageClassifier.Classify(PageClassifier.Survey(document), document, Paragraphs(300), ArticleAddress);

        Assert.False(verdict.IsListing);
    }

    [Fact]
    public void Classify_SectionAddressWithoutMainText_Listing()
    {
        var document = Parse("<h1>Sức khỏe</h1><p>Chưa có bài viết nào trong chuyên mục.</p>");

        var verdict = PageClassifier.Classify(PageClassifier.Survey(document), document, [], new Uri("https://tin.example.vn/suc-khoe/"));

        Assert.True(verdict.IsListing);
        Assert.Equal("listing page: section path (/suc-khoe/), no main text (0 characters of paragraphs)", verdict.Reason);
    }

    [Fact]
    public void Classify_EmptyArticleAddressWithoutSignals_LeftToTheTextLengthCheck()
    {
        var document = Parse("<h1>Bài viết</h1>");

        var verdict = PageClassifier.Classify(PageClassifier.Survey(document), document, [], ArticleAddress);

        Assert.False(verdict.IsListing);
    }
}
