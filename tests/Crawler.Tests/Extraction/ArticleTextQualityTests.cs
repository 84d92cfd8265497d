using System.Text;
using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class ArticleTextQualityTests
{
    private static readonly Uri PageUri = new("https://tin.example.vn/y-te/bai-viet-20250520.htm");

    private static readonly string[] Written =
    [
        "Sáng nay, Sở Y tế tỉnh Nghệ An tiếp đoàn công tác của Bộ Y tế Nhật Bản đến khảo sát mạng lưới trạm y tế xã vùng cao.",
        "Hai bên thống nhất triển khai chương trình đào tạo điều dưỡng trong ba năm, mỗi khóa kéo dài sáu tháng tại Osaka.",
        "Theo kế hoạch, bệnh viện tuyến huyện sẽ được trang bị thêm máy siêu âm, máy thở và hệ thống hồ sơ bệnh án điện tử.",
        "Đại diện phía bạn cho biết dự án ưu tiên các xã có tỷ lệ suy dinh dưỡng ở trẻ dưới năm tuổi còn cao.",
        "Giám đốc Sở đề nghị các chuyên gia hỗ trợ xây dựng quy trình sàng lọc ung thư cổ tử cung cho phụ nữ dân tộc thiểu số.",
        "Buổi làm việc kết thúc bằng lễ ký biên bản ghi nhớ giữa Trường Cao đẳng Y tế Nghệ An và một trường đại học của Nhật Bản.",
        "Trước đó, đoàn đã thăm Trung tâm Kiểm soát bệnh tật tỉnh và trao đổi kinh nghiệm giám sát dịch sốt xuất huyết.",
        "Năm ngoái, tỉnh ghi nhận hơn bốn nghìn ca mắc, phần lớn tập trung ở các phường ven sông thuộc thành phố Vinh.",
        "Các bác sĩ trẻ tham gia chương trình sẽ được cấp học bổng, chỗ ở và bảo hiểm trong suốt thời gian học tập.",
        "Lãnh đạo tỉnh khẳng định sẽ bố trí vốn đối ứng kịp thời để dự án sớm đi vào hoạt động trước mùa mưa bão.",
        "Người dân xã Mường Lống bày tỏ phấn khởi khi biết trạm y tế sắp có bác sĩ thường trực và xe cứu thương riêng.",
        "Dự kiến cuối năm, đoàn chuyên gia sẽ quay lại đánh giá kết quả giai đoạn đầu và bàn kế hoạch mở rộng sang Hà Tĩnh.",
    ];

    [Fact]
    public void Reason_WrittenVietnameseText_Null()
    {
        var reason = ArticleTextQuality.Reason(Written);

        Assert.Null(reason);
    }

    [Fact]
    public void Reason_FiveMegabytesOfOneLetter_Repetitive()
    {
        var reason = ArticleTextQuality.Reason([new string('A', 5 * 1024 * 1024)]);

        Assert.StartsWith("repetitive text:", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_OneParagraphRepeated_Repetitive()
    {
        var paragraphs = Enumerable.Repeat(string.Join(' ', Written.Take(2)), 300);

        var reason = ArticleTextQuality.Reason(paragraphs);

        Assert.StartsWith("repetitive text:", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_OneWordRepeated_Repetitive()
    {
        var paragraphs = Written.Append(string.Join(' ', Enumerable.Repeat("khám", 2_000)));

        var reason = ArticleTextQuality.Reason(paragraphs);

        Assert.StartsWith("repetitive text:", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_BinaryDecodedAsText_Garbled()
    {
        var bytes = new byte[64 * 1024];
        new Random(27).NextBytes(bytes);
        var text = Encoding.UTF8.GetString(bytes);

        var reason = ArticleTextQuality.Reason([text]);

        Assert.StartsWith("binary or garbled text:", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_FewReplacementCharacters_Null()
    {
        // One bad byte in a long page is a blemish, not binary data.
        var paragraphs = Written.Select((p, i) => i == 3 ? p + "\uFFFD" : p);

        Assert.Null(ArticleTextQuality.Reason(paragraphs));
    }

    [Fact]
    public void Extract_GzipBombContentCutAtTheBodyLimit_NotAnArticle()
    {
        // What a fetcher keeps of a gzip bomb: a page whose body is megabytes of one letter, cut at 5 MiB.
        var html = "<html><head><title>Tin mới</title></head><body><h1>Tin mới nhất hôm nay</h1><p>" + new string('A', 5 * 1024 * 1024);

        var article = new ArticleExtractor().Extract(html, PageUri);

        Assert.False(article.IsArticle);
        Assert.StartsWith("repetitive text:", article.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_WrittenArticle_StillAnArticle()
    {
        var html = "<html><head><title>Hợp tác y tế với Nhật Bản</title></head><body><article><h1>Hợp tác y tế với Nhật Bản</h1>"
            + string.Concat(Written.Select(p => $"<p>{p}</p>")) + "</article></body></html>";

        var article = new ArticleExtractor().Extract(html, PageUri);

        Assert.True(article.IsArticle, article.Reason);
    }
}
