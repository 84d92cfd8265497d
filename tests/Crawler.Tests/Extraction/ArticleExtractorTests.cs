using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private static readonly Uri PageUri = new("https://tin.example.vn/hop-tac/benh-vien-ky-ket-20250520081500.htm");

    private const string Page = """
        <!DOCTYPE html><html lang="vi-VN"><head><meta charset="utf-8">
        <title>Bệnh viện tỉnh ký kết hợp tác với Đại học Kyushu - Báo Mẫu</title>
        <meta property="og:site_name" content="Báo Mẫu">
        <link rel="canonical" href="https://tin.example.vn/hop-tac/benh-vien-ky-ket-20250520081500.htm?utm_source=x">
        </head><body>
        <nav class="menu"><a href="/">Trang chủ</a><a href="/the-thao">Thể thao</a></nav>
        <div class="container">
          <article>
            <h1>Bệnh viện tỉnh ký kết hợp tác với Đại học Kyushu</h1>
            <div class="meta"><span class="date">Thứ ba, 20/05/2025, 08:15 (GMT+7)</span></div>
            <p class="sapo">Sáng 20-5, Bệnh viện Đa khoa tỉnh đã ký biên bản ghi nhớ hợp tác với Bệnh viện Đại học Kyushu (Nhật Bản) về đào tạo nhân lực.</p>
            <div class="content">
              <p>Theo biên bản ghi nhớ, hai bên sẽ trao đổi chuyên gia trong lĩnh vực hồi sức cấp cứu và phẫu thuật nội soi trong giai đoạn 2025-2028.</p>
              <figure><img src="a.jpg"><figcaption>Ảnh: Lễ ký kết biên bản ghi nhớ tại bệnh viện.</figcaption></figure>
              <p>Phía Nhật Bản sẽ tiếp nhận 12 bác sĩ trẻ sang học tập ngắn hạn mỗi năm, đồng thời cử chuyên gia sang hỗ trợ chuyển giao kỹ thuật.</p>
              <p class="author">MINH AN</p>
            </div>
            <div class="social-share">Chia sẻ Facebook Zalo</div>
          </article>
          <div class="box">
            <h3>Tin liên quan</h3>
            <ul><li><a href="/x.htm">Hà Nội tiếp đoàn Đại học Harvard (Hoa Kỳ)</a><span>21:31 | 01/02/2026</span></li>
            <li><a href="/y.htm">WHO viện trợ 2 triệu USD</a><span>08:25 | 29/01/2026</span></li></ul>
          </div>
          <div id="comments"><h3>Bình luận</h3><p>Bài viết rất hay, cảm ơn tác giả đã chia sẻ thông tin hữu ích này.</p></div>
        </div>
        <footer><p>Báo Mẫu - Giấy phép số 123/GP-BTTTT. Địa chỉ: 1 Phố Huế, Hà Nội.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Extract_NewsPage_ReadsMetadataLeadAndBody()
    {
        var article = new ArticleExtractor().Extract(Page, PageUri);

        Assert.True(article.IsArticle, article.Reason);
        Assert.Equal("Bệnh viện tỉnh ký kết hợp tác với Đại học Kyushu", article.Title);
        Assert.Equal(new DateTimeOffset(2025, 5, 20, 8, 15, 0, TimeSpan.FromHours(7)), article.Published);
        Assert.StartsWith("Sáng 20-5, Bệnh viện Đa khoa tỉnh", article.Lead, StringComparison.Ordinal);
        Assert.Equal("Báo Mẫu", article.OutletName);
        Assert.Equal("vi", article.Language);
        Assert.Equal(PageUri, article.CanonicalUrl);
        Assert.Equal(["MINH AN"], article.Authors);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal(ParagraphKind.Caption, article.Paragraphs[1].Kind);
    }

    [Fact]
    public void Extract_RelatedNewsCommentsAndFooter_NotInText()
    {
        var article = new ArticleExtractor().Extract(Page, PageUri);

        Assert.DoesNotContain("Harvard", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bình luận", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Giấy phép", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chia sẻ", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("MINH AN", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DateOnlyInRelatedList_NotTakenAsPublished()
    {
        var withoutByline = Page.Replace("<div class=\"meta\"><span class=\"date\">Thứ ba, 20/05/2025, 08:15 (GMT+7)</span></div>", string.Empty, StringComparison.Ordinal);

        var article = new ArticleExtractor().Extract(withoutByline, new Uri("https://tin.example.vn/hop-tac/benh-vien-ky-ket.htm"));

        Assert.Null(article.Published);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html><body><h1>404</h1></body></html>")]
    [InlineData("\u0000\u0001\u0002PK\u0003\u0004 binary garbage \uFFFD\uFFFD")]
    [InlineData("<div><div><div><p>unclosed")]
    public void Extract_NotAnArticle_ReturnsReasonWithoutThrowing(string html)
    {
        var article = new ArticleExtractor().Extract(html, PageUri);

        Assert.False(article.IsArticle);
        Assert.False(string.IsNullOrEmpty(article.Reason));
    }

    // Found by the extraction fuzz target (issue #27): markup the HTML parser accepts but the DOM refuses to build
    // from strings threw DomException. A text div with a name missing its "=" (class"meta") failed when copied into
    // a paragraph; a container whose tag swallowed a "<" (div<x) failed as a CSS selector.
    [Theory]
    [InlineData("<div class=\"meta\">", "<div class\"meta\">")]
    [InlineData("<div class=\"content\">", "<div<x class=\"content\">")]
    public void Extract_TagOrAttributeNameTheDomRefuses_StillExtracts(string original, string broken)
    {
        var html = Page.Replace(original, broken, StringComparison.Ordinal);
        Assert.NotEqual(Page, html);

        var article = new ArticleExtractor().Extract(html, PageUri);

        Assert.True(article.IsArticle, article.Reason);
        Assert.Contains("12 bác sĩ trẻ", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DeeplyNestedMarkup_Completes()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<p>text</p>" + string.Concat(Enumerable.Repeat("</div>", 10_000));

        var article = new ArticleExtractor().Extract(html, PageUri);

        Assert.False(article.IsArticle);
    }

    [Fact]
    public void Extract_LargePageOverTheTimeBudget_BestEffortNotAnArticle()
    {
        var clock = new SteppingTimeProvider(TimeSpan.FromSeconds(5));
        var large = Page.Replace("</body>", "<!--" + new string('x', 250_000) + "--></body>", StringComparison.Ordinal);

        var article = new ArticleExtractor(clock, TimeSpan.FromSeconds(2)).Extract(large, PageUri);

        Assert.False(article.IsArticle);
        Assert.Contains("budget", article.Reason, StringComparison.Ordinal);
        Assert.Equal("Bệnh viện tỉnh ký kết hợp tác với Đại học Kyushu", article.Title);
    }

    [Fact]
    public void Extract_SmallPageOverTheTimeBudgetOnABusyMachine_StillAnArticle()
    {
        var clock = new SteppingTimeProvider(TimeSpan.FromSeconds(5));

        var article = new ArticleExtractor(clock, TimeSpan.FromSeconds(2)).Extract(Page, PageUri);

        Assert.True(article.IsArticle, article.Reason);
    }

    [Fact]
    public void Extract_FiveMegabytesOnOneLine_Completes()
    {
        var html = "<html><body><h1>Tin dài</h1><p>" + string.Concat(Enumerable.Repeat("chữ nghĩa y tế ", 5 * 1024 * 1024 / 16)) + "</p></body></html>";

        var article = new ArticleExtractor().Extract(html, PageUri);

        Assert.Equal("Tin dài", article.Title);
    }

    [Fact]
    public void Extract_TruncatedPage_ReadsWhatIsThere()
    {
        var truncated = Page[..(Page.IndexOf("Phía Nhật Bản", StringComparison.Ordinal) + 40)];

        var article = new ArticleExtractor().Extract(truncated, PageUri);

        Assert.True(article.IsArticle, article.Reason);
        Assert.Contains("Theo biên bản ghi nhớ", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BodyHint_UsedAsContainer()
    {
        const string html = """
            <html><body><h1>Tiêu đề bài viết về y tế</h1>
            <div class="story"><p>Đoạn ngắn một.</p><p>Đoạn ngắn hai của bài.</p><p>Đoạn ngắn ba, vẫn là nội dung chính của bài viết này, đủ dài để được tính là bài báo thật sự về hợp tác y tế giữa hai bệnh viện.</p></div>
            <div class="other"><p>Một khối văn bản rất dài khác không phải bài viết chính nhưng có nhiều chữ hơn, ví dụ phần giới thiệu tòa soạn, địa chỉ, giấy phép, thông tin liên hệ quảng cáo và nhiều nội dung khác không liên quan tới bài báo này chút nào cả, lặp lại để dài hơn nữa.</p></div>
            </body></html>
            """;

        var hinted = new ArticleExtractor().Extract(html, PageUri, new ExtractionHints(Body: "div.story"));
        var broken = new ArticleExtractor().Extract(html, PageUri, new ExtractionHints(Body: "div[[["));

        Assert.Contains("Đoạn ngắn một.", hinted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("giấy phép", hinted.Text, StringComparison.Ordinal);
        Assert.True(broken.Title.Length > 0, "a broken selector is ignored");
    }

    [Fact]
    public void Extract_NotFoundPage_SaysSo()
    {
        var article = new ArticleExtractor().Extract("<html><head><title>404 - Không tìm thấy trang</title></head><body><h1>404 - Không tìm thấy trang</h1><p>Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ khỏi hệ thống, vui lòng quay lại trang chủ để đọc các tin khác của chúng tôi.</p></body></html>", PageUri);

        Assert.False(article.IsArticle);
        Assert.Equal("error page (not found)", article.Reason);
    }

    [Fact]
    public void Extract_NewsAboutFourHundredFourCases_StillAnArticle()
    {
        var article = new ArticleExtractor().Extract(Page.Replace("<h1>Bệnh viện tỉnh ký kết", "<h1>404 ca mắc mới, bệnh viện tỉnh ký kết", StringComparison.Ordinal).Replace("<title>Bệnh viện", "<title>Ghi nhận 404 ca - Bệnh viện", StringComparison.Ordinal), PageUri);

        Assert.True(article.IsArticle, article.Reason);
    }

    [Fact]
    public void Extract_ListingPage_SaysSo()
    {
        var links = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li><a href=\"/tin-{i}.htm\">Tin tức y tế số {i} trong ngày hôm nay</a></li>"));

        var article = new ArticleExtractor().Extract($"<html><body><h1>Tin tức</h1><ul>{links}</ul></body></html>", PageUri);

        Assert.False(article.IsArticle);
        Assert.StartsWith("listing page", article.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DateOnlyInTheAddress_Used()
    {
        var page = Page.Replace("<div class=\"meta\"><span class=\"date\">Thứ ba, 20/05/2025, 08:15 (GMT+7)</span></div>", string.Empty, StringComparison.Ordinal);

        var article = new ArticleExtractor().Extract(page, new Uri("https://tin.example.vn/hop-tac/bai-20250519064500123.htm"));

        Assert.Equal(new DateTimeOffset(2025, 5, 19, 6, 45, 0, TimeSpan.FromHours(7)), article.Published);
    }

    [Fact]
    public void Extract_TagsAndImages_Read()
    {
        var page = Page.Replace("</head>", "<meta name=\"keywords\" content=\"hợp tác quốc tế, Kyushu\"></head>", StringComparison.Ordinal);

        var article = new ArticleExtractor().Extract(page, PageUri);

        Assert.Equal(["hợp tác quốc tế", "Kyushu"], article.Tags);
        var image = Assert.Single(article.Images);
        Assert.Equal("https://tin.example.vn/hop-tac/a.jpg", image.Url.AbsoluteUri);
        Assert.Equal("Ảnh: Lễ ký kết biên bản ghi nhớ tại bệnh viện.", image.Caption);
    }

    [Fact]
    public void Extract_InlineRelatedBoxWithVersionedClass_DescriptionNotInText()
    {
        var page = Page.Replace(
            "<figure>",
            "<div class=\"box-tinlienquanv3\"><h4><a href=\"/z.htm\">Xem thêm: Trạm y tế xã nhận máy siêu âm mới</a></h4><p class=\"description\">Người dân vùng cao được khám thai miễn phí ngay tại xã</p></div><figure>",
            StringComparison.Ordinal);

        var article = new ArticleExtractor().Extract(page, PageUri);

        Assert.True(article.IsArticle, article.Reason);
        Assert.DoesNotContain("khám thai miễn phí", article.Text, StringComparison.Ordinal);
        Assert.Contains("Phía Nhật Bản sẽ tiếp nhận 12 bác sĩ", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_AuthorWrapperHoldingNameAndTime_AuthorIsTheNameOnly()
    {
        var page = Page.Replace(
            "<div class=\"meta\">",
            "<div class=\"author-wrap\"><div class=\"author-name\"><a href=\"/tac-gia/ngoc-mai.htm\"><b>Ngọc Mai</b></a></div><time class=\"author-time\">Thứ ba, 20/05/2025 - 08:15</time></div><div class=\"meta\">",
            StringComparison.Ordinal);

        var article = new ArticleExtractor().Extract(page, PageUri);

        Assert.Contains("Ngọc Mai", article.Authors);
        Assert.DoesNotContain(article.Authors, a => a.Contains("2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BylineWithOutletAfterSlash_OutletDropped()
    {
        var page = Page.Replace("<p class=\"author\">MINH AN</p>", "<span class=\"author-name\">Quốc Bảo/VOV.VN</span>", StringComparison.Ordinal);

        var article = new ArticleExtractor().Extract(page, PageUri);

        Assert.Equal(["Quốc Bảo"], article.Authors);
    }

    [Fact]
    public void Extract_BoldRightAlignedOfficeSignOff_MovedToAuthors()
    {
        var page = Page.Replace(
            "<p class=\"author\">MINH AN</p>",
            "<p style=\"text-align: right;\"><strong>Trung tâm Kiểm soát bệnh tật tỉnh</strong></p>",
            StringComparison.Ordinal);

        var article = new ArticleExtractor().Extract(page, PageUri);

        Assert.Contains("Trung tâm Kiểm soát bệnh tật tỉnh", article.Authors);
        Assert.DoesNotContain("Trung tâm Kiểm soát bệnh tật tỉnh", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PlainLastParagraphNotCapitalisedLikeAName_StaysInText()
    {
        var page = Page.Replace("<p class=\"author\">MINH AN</p>", "<p><strong>Lịch khám sẽ được báo sau</strong></p>", StringComparison.Ordinal);

        var article = new ArticleExtractor().Extract(page, PageUri);

        Assert.Contains("Lịch khám sẽ được báo sau", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BodyInOneBlockPerParagraph_KeepsShortParagraphs()
    {
        const string Html = """
            <html><head><title>Đoàn chuyên gia Australia làm việc tại Cần Thơ</title></head><body>
            <h1>Đoàn chuyên gia Australia làm việc tại Cần Thơ</h1>
            <div id="body">
            <div class="card"><div class="card-text"><p>Sáng nay, đoàn chuyên gia của Đại học Monash (Australia) đã đến Bệnh viện Đa khoa Trung ương Cần Thơ để bàn về đào tạo điều dưỡng.</p></div></div>
            <div class="card"><div class="card-text"><p>Hai bên thống nhất mở lớp tập huấn đầu tiên vào tháng sau.</p></div></div>
            <div class="card"><div class="card-text"><p>Bệnh viện dự kiến cử ba mươi điều dưỡng trưởng tham gia khóa học kéo dài sáu tuần tại bệnh viện và trực tuyến với giảng viên nước ngoài.</p></div></div>
            </div>
            <div class="card"><div class="card-text"><p>Một dòng ngắn ở nơi khác của trang.</p></div></div>
            </body></html>
            """;

        var article = new ArticleExtractor().Extract(Html, PageUri);

        Assert.Contains("Hai bên thống nhất mở lớp tập huấn", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Một dòng ngắn ở nơi khác", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HeadedListOfTeasersOutweighingTheArticle_NotTakenForTheBody()
    {
        const string Html = """
            <html><head><title>Bệnh viện tỉnh nhận thiết bị lọc máu từ Hàn Quốc</title></head><body>
            <article class="entry"><h1>Bệnh viện tỉnh nhận thiết bị lọc máu từ Hàn Quốc</h1>
            <div><p>Sáng 12-3, Bệnh viện Đa khoa tỉnh tiếp nhận mười máy lọc máu do Tổ chức KOFIH (Hàn Quốc) trao tặng, trị giá khoảng 4 tỷ đồng.</p>
            <p>Các máy sẽ được đưa vào sử dụng tại khoa Thận nhân tạo từ tuần tới, giúp giảm thời gian chờ của bệnh nhân.</p></div></article>
            <article class="entry more"><h3>Có thể bạn quan tâm</h3>TEASERS<ins class="ads"></ins></article>
            </body></html>
            """;

        var article = new ArticleExtractor().Extract(Html.Replace("TEASERS", Teasers, StringComparison.Ordinal), PageUri);

        Assert.Contains("mười máy lọc máu", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Người cao tuổi ở vùng ven biển", article.Text, StringComparison.Ordinal);
    }

    private const string Teasers = """
        <article class="post"><h4><a href="/t1.htm">Bài 1</a></h4><p>Người cao tuổi ở vùng ven biển nên uống đủ nước, ăn nhiều rau xanh, đi bộ mỗi sáng và đi khám định kỳ sáu tháng một lần để phát hiện sớm bệnh tăng huyết áp, tiểu đường và các bệnh mạn tính khác thường gặp.</p></article><article class="post"><h4><a href="/t2.htm">Bài 2</a></h4><p>Người cao tuổi ở vùng ven biển nên uống đủ nước, ăn nhiều rau xanh, đi bộ mỗi sáng và đi khám định kỳ sáu tháng một lần để phát hiện sớm bệnh tăng huyết áp, tiểu đường và các bệnh mạn tính khác thường gặp.</p></article><article class="post"><h4><a href="/t3.htm">Bài 3</a></h4><p>Người cao tuổi ở vùng ven biển nên uống đủ nước, ăn nhiều rau xanh, đi bộ mỗi sáng và đi khám định kỳ sáu tháng một lần để phát hiện sớm bệnh tăng huyết áp, tiểu đường và các bệnh mạn tính khác thường gặp.</p></article><article class="post"><h4><a href="/t4.htm">Bài 4</a></h4><p>Người cao tuổi ở vùng ven biển nên uống đủ nước, ăn nhiều rau xanh, đi bộ mỗi sáng và đi khám định kỳ sáu tháng một lần để phát hiện sớm bệnh tăng huyết áp, tiểu đường và các bệnh mạn tính khác thường gặp.</p></article><article class="post"><h4><a href="/t5.htm">Bài 5</a></h4><p>Người cao tuổi ở vùng ven biển nên uống đủ nước, ăn nhiều rau xanh, đi bộ mỗi sáng và đi khám định kỳ sáu tháng một lần để phát hiện sớm bệnh tăng huyết áp, tiểu đường và các bệnh mạn tính khác thường gặp.</p></article><article class="post"><h4><a href="/t6.htm">Bài 6</a></h4><p>Người cao tuổi ở vùng ven biển nên uống đủ nước, ăn nhiều rau xanh, đi bộ mỗi sáng và đi khám định kỳ sáu tháng một lần để phát hiện sớm bệnh tăng huyết áp, tiểu đường và các bệnh mạn tính khác thường gặp.</p></article>
        """;

    /// <summary>A clock that jumps forward on every reading, to push the extractor over its budget without waiting.</summary>
    private sealed class SteppingTimeProvider(TimeSpan step) : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref ticks, step.Ticks);
    }
}
