using Pipeline.Output.Citations;

namespace Pipeline.Tests.Output.Citations;

/// <summary>Citations for the writers' tests: an ordinary one, one with every character TeX and RIS treat specially, and an undated one.</summary>
internal static class CitationSamples
{
    public static Citation Ordinary { get; } = new(
        "3fa9c0d1e2b4a5f6",
        "Bệnh viện Chợ Rẫy và JICA khởi động dự án đào tạo điều dưỡng",
        "Báo Sức khỏe & Đời sống",
        // 20:30 UTC on the 11th is 03:30 on the 12th in Hà Nội: the day cited is the 12th.
        new DateTimeOffset(2025, 3, 11, 20, 30, 0, TimeSpan.Zero),
        "https://suckhoedoisong.vn/benh-vien-cho-ray-va-jica-169250312.htm",
        new DateTimeOffset(2025, 3, 14, 8, 0, 0, TimeSpan.FromHours(7)));

    public static Citation Special { get; } = new(
        "0011aabbccddeeff",
        "Chi phí 50% {dự kiến} cho #1 dự án_mới & $ quỹ \\ ~ ^ của WHO\r\nTY  - JOUR",
        "Tin Y tế {Online}",
        new DateTimeOffset(2024, 12, 31, 23, 0, 0, TimeSpan.FromHours(7)),
        "https://example.vn/tin?id=5&muc=y-te",
        new DateTimeOffset(2025, 1, 2, 9, 0, 0, TimeSpan.FromHours(7)));

    public static Citation Undated { get; } = new(
        "ffeeddccbbaa0099",
        "Hội thảo hợp tác y tế Việt – Hàn",
        "Tin Lưu Trữ",
        null,
        "https://example.vn/hoi-thao.htm",
        null);

    public static IReadOnlyList<Citation> All { get; } = [Ordinary, Special, Undated];
}
