using Pipeline.Analysis.Dates;

namespace Pipeline.Fuzz.Targets;

/// <summary>Date analysis of stored text, with and without a publication date; every date's span must be the text at its offset.</summary>
internal static class DatesTarget
{
    private static readonly DateTimeOffset Published = new(2025, 6, 15, 8, 0, 0, TimeSpan.FromHours(7));

    public static FuzzTarget Target { get; } = new("dates", Run, Seeds(), Tokens());

    private static IReadOnlyDictionary<string, byte[]> Seeds() => FuzzInput.Utf8Seeds(
        "Sáng 20-5, Bộ Y tế tổ chức hội nghị trực tuyến với các tỉnh, thành phố.",
        "Chương trình kéo dài từ tháng 11/2021 đến tháng 02/2022 tại ba bệnh viện tuyến trung ương.",
        "Trong quý I/2025, bệnh viện tiếp nhận nhiều bệnh nhân nước ngoài hơn 6 tháng đầu năm 2024.",
        "Giai đoạn 2025-2030, hai bên phối hợp đào tạo bác sĩ. Hội thảo diễn ra từ 26-31/8, tập huấn từ 30/10 - 3/11.",
        "Hôm nay, đoàn công tác làm việc với Sở Y tế; tuần trước đoàn đến Đà Nẵng. Năm ngoái, dự án được ký ngày 14/5/2024.",
        "Từ cuối tháng 8 đến nay, trung tâm đã tiêm cho trẻ em vùng sâu. Đầu năm nay, ngày 1.3.2025, đoàn trở về.");

    private static IReadOnlyList<string> Tokens() =>
        ["ngày", "tháng", "năm", "quý", "Sáng", "Chiều", "Tối", "đầu", "cuối", "giữa", "từ", "đến", "nay", "hôm nay", "năm ngoái",
         "tuần trước", "giai đoạn", "I/", "IV", "/2025", "-5", ".2024", "thủy", "thuỷ", "hòa", "hoà", " - ", "–"];

    private static void Run(byte[] input)
    {
        var text = FuzzInput.StoredText(input);
        foreach (var published in new DateTimeOffset?[] { Published, null })
        {
            foreach (var date in DateExtractor.Extract(text, published))
            {
                Spans.Check(text, "date", date.Span, date.Start);
            }
        }
    }
}
