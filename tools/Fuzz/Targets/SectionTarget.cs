using Pipeline.Crawler.Discovery;

namespace Pipeline.Fuzz.Targets;

/// <summary>A section listing page: its links and the next page. Nothing is an expected failure.</summary>
internal static class SectionTarget
{
    public static FuzzTarget Target { get; } = new(
        "section",
        Run,
        FuzzInput.Utf8Seeds(
            """
            <!doctype html><html><head><title>Sức khỏe</title><link rel="next" href="?trang=2"></head><body>
            <ul><li><a href="/suc-khoe/bai-1.html">Bệnh viện Bạch Mai nhận thiết bị</a></li>
            <li><a href="https://tin.example.vn/suc-khoe/bai-2.html#binh-luan">Tiêm chủng mở rộng</a></li>
            <li><a href="mailto:toasoan@example.vn">Liên hệ</a></li></ul>
            <a class="page-next" href="/suc-khoe/trang-2.html">Trang sau</a></body></html>
            """,
            """
            <div class="list"><h3><a href="bai-3.html">Hội thảo về y tế dự phòng</a></h3><a href="bai-3.html">Xem</a>
            <a href="//cdn.example.vn/anh.jpg">Ảnh</a><a href="javascript:void(0)">»</a><a href="/trang-3">Tiếp</a></div>
            """),
        ["<a href=\"", "</a>", "rel=\"next\"", "class=\"next\"", "Trang sau", "»", "<base href=\"", "<div>", "<li>", "#", "?", "../", "//"]);

    private static void Run(byte[] input)
    {
        var (links, next) = SectionPageParser.Parse(FuzzInput.Text(input), FuzzInput.PageUri);
        if (next is not null && next.Host != FuzzInput.PageUri.Host)
        {
            throw new FindingException($"The next page {next} is on another host.");
        }

        if (links.Select(l => l.Url).Distinct().Count() != links.Count)
        {
            throw new FindingException("A link is listed twice.");
        }
    }
}
