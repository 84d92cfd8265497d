namespace Pipeline.Analysis.Partners;

/// <summary>Where an institution's name ends in running text.</summary>
internal static class NameBoundaries
{
    /// <summary>
    /// Lowercase words that start the rest of a sentence after a name (verbs, prepositions), never a syllable of
    /// a name: "Bệnh viện Trung ương Huế ký...", "Bệnh viện Xanh Pôn sang Nhật Bản...".
    /// </summary>
    public static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal)
    {
        "ký", "hợp", "tiếp", "phối", "đã", "sẽ", "cho", "tổ", "triển", "là", "có", "được", "với", "đang", "vừa", "cũng", "nhận", "trao", "bàn", "chuyển",
        "tham", "thực", "cử", "đón", "làm", "ra", "mở", "khai", "nâng", "đề", "đưa", "gửi", "dự", "giới", "công", "thông", "báo", "cùng", "tại", "về", "của",
        "trong", "sau", "khi", "từ", "đến", "hỗ", "tài", "viện", "đầu", "chủ", "ghi", "nhằm", "để", "này", "đó", "vào", "lên", "xây", "đánh", "bày", "cảm", "sang", "tới", "ở",
    };

    /// <summary>
    /// The function words among <see cref="SentenceWords"/>: they cannot even be the second syllable of a capitalised
    /// word ("Phát triển" can; "Pôn sang" cannot be a name).
    /// </summary>
    public static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "sang", "tại", "về", "của", "với", "cho", "đã", "sẽ", "đang", "vừa", "cũng", "là", "có", "được", "ký", "tới", "ở", "từ", "đến", "trong", "sau",
        "khi", "để", "nhằm", "vào", "lên", "này", "đó",
    };
}
