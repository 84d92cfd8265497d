namespace Pipeline.Analysis.Counts;

/// <summary>
/// The closed word lists of the count scanner, in the tone placement of <c>ToneMarks.ToTraditionalPlacement</c>
/// ("hòa", "thủy"). Lookups take spans so that scanning a long text allocates nothing per word.
/// </summary>
internal static class CountWords
{
    /// <summary>Words that end a counted noun phrase once it has begun: prepositions, conjunctions, auxiliaries, common verbs, determiners.</summary>
    public static readonly WordSet Stops = new(
        "của", "cho", "tại", "và", "với", "từ", "trong", "được", "đã", "sẽ", "là", "để", "theo", "ở", "thuộc", "đến", "tới", "về", "nhằm",
        "gồm", "trên", "dưới", "vào", "do", "bị", "có", "này", "đó", "kia", "ấy", "khi", "nên", "thì", "mà", "như", "hay", "hoặc", "cùng",
        "mỗi", "sau", "trước", "sang", "xây", "mua", "nhưng", "song", "đang", "vừa", "mới", "cũng", "còn", "phải", "đều", "vẫn", "chưa", "rồi", "tăng",
        "giảm", "chiếm", "lên", "xuống", "ra", "qua", "vì", "bởi", "nhờ", "các", "những", "nhiều", "mọi", "gần", "hơn", "khoảng", "chừng",
        "nay", "lúc", "nơi", "đi", "tiếp", "nhận", "ghi", "trao", "tặng", "đưa", "mang", "cử", "giúp", "nâng", "thêm", "trở", "tham", "làm",
        "bao", "hỗ", "bằng", "nếu", "tuy", "dù", "khiến", "tương", "xấp", "ước", "riêng", "cả", "tổng", "thay", "gây", "tận", "hiện", "một", "hai", "ba", "bốn", "năm",
        "sáu", "bảy", "tám", "chín", "mười", "nửa");

    /// <summary>Two-word verbs and connectives whose first word is also a noun syllable ("trị giá" but "điều trị").</summary>
    public static readonly WordSet StopPairs = new("đầu tiên", "trị giá", "chủ yếu", "phần lớn", "đồng thời", "kéo dài", "đạt chuẩn", "tập trung");

    /// <summary>Heads that make a number something other than a count: time spans, ages, ordinals, multipliers, units of measure.</summary>
    public static readonly WordSet ExcludedHeads = new(
        "năm", "tháng", "tuần", "ngày", "đêm", "giờ", "tiếng", "phút", "giây", "tuổi", "gấp", "phần trăm", "thập kỷ", "thế kỷ", "thứ", "giai", "quý", "số", "cách",
        "độ", "km", "m", "m2", "m3", "cm", "mm", "ha", "hecta", "ml", "mg", "mcg", "g", "kv", "kV", "kw", "kW", "mw", "MW", "kWh", "MWh", "GB", "MB", "mét", "lít", "bên", "trong", "chiều", "mặt");

    /// <summary>Units that count a substance only when the substance follows ("60 tấn sản phẩm", not "60 tấn").</summary>
    public static readonly WordSet MeasureHeads = new("tấn", "tạ", "kg", "lần");

    /// <summary>Words after "lần" that make it a multiplier or an ordinal ("3 lần so với", "lần thứ").</summary>
    public static readonly WordSet MultiplierFollowers = new("so", "mức", "thứ", "liên", "trước", "sau", "nữa");

    /// <summary>Page chrome: view and share counters are not facts of the article.</summary>
    public static readonly WordSet ChromeNouns = new("lượt xem", "lượt thích", "lượt chia", "lượt đọc", "lượt bình", "bình luận");

    /// <summary>Words before a number that make it a label, an ordinal or a vague amount ("số 175", "lần 2", "mũi 2", "quận 5", "vài"), or part of a name ("Bệnh viện Quân y 175", "Quân khu 7").</summary>
    public static readonly WordSet Labels = new(
        "thứ", "số", "hàng", "vài", "mấy", "lần", "đợt", "khóa", "tầng", "điều", "khoản", "mục", "chương", "tuần", "tháng", "quý",
        "năm", "ngày", "top", "phiên", "kỳ", "bước", "câu", "hạng", "đoạn", "lô", "tổ", "ấp", "khóm",
        "phường", "quận", "mã", "mũi", "gấp", "covid", "viện", "khu", "y");

    /// <summary>Nouns that coordinate with a counted noun after a comma or "và" ("9 tỉnh, thành phố", "32 bác sĩ, điều dưỡng").</summary>
    public static readonly WordSet ListNouns = new(
        "tỉnh", "thành", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu", "thôn", "bản", "thôn bản", "làng",
        "ấp", "bác sĩ", "y sĩ", "y tá", "điều dưỡng", "hộ sinh", "nữ hộ sinh", "kỹ thuật viên", "dược sĩ", "kỹ sư", "chuyên gia",
        "nhân viên", "cán bộ", "giảng viên", "giáo viên", "sinh viên", "học viên", "học sinh", "nghiên cứu sinh", "giáo sư", "tình nguyện viên",
        "bảo mẫu", "bệnh viện", "trung tâm", "trạm", "phòng khám", "cơ sở", "khoa", "phòng", "đại học", "cao đẳng", "trung cấp", "trường",
        "viện", "nhóm trẻ", "nhà thuốc", "chữa bệnh", "chiếu", "xét nghiệm", "điều trị", "kinh doanh", "dược lâm sàng", "người bệnh");

    /// <summary>Nouns that "hai" points back to rather than counts ("hai bên", "hai nước", "hai bệnh viện" that just signed).</summary>
    public static readonly WordSet Referential = new(
        "bên", "nước", "phía", "quốc gia", "dân tộc", "địa phương", "bệnh viện", "trường", "viện", "đơn vị", "tổ chức", "cơ quan", "ngành",
        "tỉnh", "thành phố", "đoàn", "bộ", "chính phủ", "sở", "đảng", "quân đội", "lực lượng", "hội", "trung tâm", "nhà", "đại học", "thủ đô",
        "cơ sở", "thành", "quỹ", "tập đoàn", "công ty", "doanh nghiệp", "đất nước", "người", "vị", "ông", "bà");

    /// <summary>Nouns that "2" in digits points back to.</summary>
    public static readonly WordSet ReferentialDigits = new("bên", "nước", "phía");
}
