using Pipeline.Analysis.Counts;
using Pipeline.Analysis.Dates;

namespace Pipeline.Fuzz.Targets;

/// <summary>Count analysis of stored text after its dates, as the analysis runs it; every count's span must be the text at its offset.</summary>
internal static class CountsTarget
{
    private static readonly DateTimeOffset Published = new(2025, 6, 15, 8, 0, 0, TimeSpan.FromHours(7));

    public static FuzzTarget Target { get; } = new(
        "counts",
        Run,
        FuzzInput.Utf8Seeds(
            "Cả nước hiện có gần 14 nghìn cơ sở y tế ngoài công lập và hơn 1.500 phòng khám tư nhân.",
            "Dự án có tổng vốn 2,5 triệu USD, trong đó phía Nhật Bản tài trợ hơn 1,5 tỷ đồng cho 12 trạm y tế xã.",
            "Đợt này, 46.000 liều vaccine đã được chuyển đến chín tỉnh miền núi phía Bắc.",
            "Khoảng 300 bác sĩ, 120 điều dưỡng và 45 kỹ thuật viên tham gia khóa tập huấn kéo dài 5 ngày.",
            "Năm 2024, bệnh viện khám cho 250.000 lượt người bệnh, tăng 15% so với cùng kỳ; ngày 3/4 có 1.2 nghìn ca."),
        ["nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "chục", "hơn", "gần", "khoảng", "trên", "dưới", "đồng", "USD", "EUR", "liều", "người",
         "ca", "bệnh viện", "%", ",5", ".000", "chín", "mười", "lăm", "mốt"]);

    private static void Run(byte[] input)
    {
        var text = FuzzInput.StoredText(input);
        var dates = DateExtractor.Extract(text, Published);
        foreach (var count in CountExtractor.Extract(text, dates))
        {
            Spans.Check(text, "count", count.Span, count.Start);
        }
    }
}
