using Pipeline.Crawler.Extraction;

namespace Pipeline.Fuzz.Targets;

/// <summary>An article page through the extractor, which promises never to throw for bad HTML.</summary>
internal static class ExtractionTarget
{
    private static readonly ArticleExtractor Extractor = new();

    public static FuzzTarget Target { get; } = new(
        "extraction",
        Run,
        FuzzInput.Utf8Seeds(
            """
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bộ Y tế hợp tác với Nhật Bản - Tin Y tế</title>
            <meta property="og:title" content="Bộ Y tế hợp tác với Nhật Bản"><meta property="article:published_time" content="2025-05-20T08:30:00+07:00">
            <meta name="author" content="Minh An"><script>var x = "<p>không phải bài</p>";</script></head>
            <body><nav><a href="/">Trang chủ</a> <a href="/suc-khoe/">Sức khỏe</a></nav><article><h1>Bộ Y tế hợp tác với Nhật Bản</h1>
            <p class="date">Thứ Ba, 20/5/2025 08:30</p><p class="sapo">Sáng 20-5, tại Hà Nội, Bộ Y tế và Cơ quan Hợp tác Quốc tế Nhật Bản ký biên bản ghi nhớ.</p>
            <div class="content"><p>Theo biên bản, phía Nhật Bản hỗ trợ đào tạo 300 điều dưỡng và trang bị máy thở cho 12 bệnh viện tuyến tỉnh trong giai đoạn 2025-2030.</p>
            <p>Thứ trưởng cho biết dự án có tổng vốn khoảng 2,5 triệu USD, tập trung vào các tỉnh miền núi phía Bắc và Tây Nguyên.</p>
            <p class="author">MINH AN</p></div></article><footer>© Tin Y tế</footer></body></html>
            """,
            """
            <html><body><div id="main"><h2>Tiêm chủng mở rộng</h2><span class="time">21/05/2025</span><div>
            Hơn 46.000 liều vaccine đã được chuyển đến các trạm y tế xã.<br>Đợt tiêm kéo dài đến cuối tháng 6.<br><br>
            <table><tr><td>Tỉnh</td><td>Số liều</td></tr><tr><td>Lào Cai</td><td>12.000</td></tr></table></div></div></body></html>
            """,
            "<ul><li><a href=\"/a\">Tin một</a></li><li><a href=\"/b\">Tin hai</a></li></ul>"),
        ["<p>", "</p>", "<div>", "</div>", "<article>", "<h1>", "<br>", "<script>", "</script>", "<time datetime=\"", "<meta property=\"og:title\" content=\"", "<meta property=\"article:published_time\" content=\"", "<!--", "-->", "<table>", "<td>", "<![CDATA[", "&nbsp;", "class=\"author\""]);

    private static void Run(byte[] input)
    {
        var article = Extractor.Extract(FuzzInput.Text(input), FuzzInput.PageUri);
        if (article is null)
        {
            throw new FindingException("The extractor answered nothing.");
        }
    }
}
