using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Pipeline.TestSupport;

/// <summary>
/// FsCheck generators of text that looks like Vietnamese news to the analysis: words with diacritics in both tone
/// placements and decomposed, digits and calendar fragments joined by "/", "-" and ".", partner and count words, and
/// now and then a character the normaliser rewrites (combining marks, "Ð", zero-width and odd spaces).
/// </summary>
public static class VietnameseLikeText
{
    private static readonly string[] Words =
    [
        "Bộ", "Y", "tế", "bệnh", "viện", "hợp", "tác", "họp", "với", "ký", "kết", "quý", "tháng", "năm", "ngày", "nay", "ngoái", "tới",
        "Sáng", "Chiều", "Tối", "đầu", "giữa", "cuối", "từ", "đến", "giai", "đoạn", "hôm", "tuần", "trước", "sau", "hơn", "gần", "khoảng",
        "nghìn", "ngàn", "triệu", "tỷ", "đồng", "USD", "liều", "vaccine", "người", "ca", "trạm", "xã", "bác", "sĩ", "điều", "dưỡng",
        "hòa", "hoà", "khỏe", "khoẻ", "thủy", "thuỷ", "Lào", "lao", "Nhật", "Bản", "Hàn", "Quốc", "Hoa", "Kỳ", "Pháp", "WHO", "JICA",
        "KOICA", "UNICEF", "Bạch", "Mai", "Chợ", "Rẫy", "Hà", "Nội", "Đà", "Nẵng", "Tổ", "chức", "Y tế", "Thế giới", "Đại học",
        "Trường", "Viện", "Trung", "tâm", "thứ", "Hai", "chủ", "nhật", "I", "II", "III", "IV", "mười", "chín", "một", "hai", "ba",
    ];

    private static readonly string[] Fragments =
    [
        "20-5", "14/5/2025", "1.3.2025", "I/2025", "2025-2030", "26-31/8", "30/10 - 3/11", "11/2021", "02/2022", "7h30", "10:45",
        "1.500", "2,5", "46.000", "15%", "0", "00", "31/2", "29/2/2024", "0000", "9999", "12/9999", "(", ")", "\"", "“", "”", "–", "—",
    ];

    private static readonly string[] Separators = [" ", " ", " ", ", ", ". ", "\n", "/", "-", ".", " - ", "–", ""];

    private static readonly string[] Oddities = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "Ð", "ð", "\u200B", "\u00A0", "\u00AD", "\uFEFF", "\u2009", "\uD800", "\uDC00", "\uFFFE"];

    /// <summary>Vietnamese-looking text, up to about 60 pieces.</summary>
    public static Gen<string> Text() => Pieces(oddities: 1);

    /// <summary>Half Vietnamese-looking, half any string FsCheck makes (any UTF-16, lone surrogates included).</summary>
    public static Gen<string> AnyText() =>
        Gen.Frequency((1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)), (1, Text()), (1, Decomposed()));

    /// <summary>Vietnamese-looking text in decomposed form (NFD), as windows-1258 pages decode.</summary>
    /// <remarks>string.Normalize refuses lone surrogates, so this text has none of the oddities.</remarks>
    public static Gen<string> Decomposed() => Pieces(oddities: 0).Select(t => t.Normalize(NormalizationForm.FormD));

    private static Gen<string> Pieces(int oddities) =>
        from pieces in Gen.ListOf(Piece(oddities)).Resize(60)
        select Join(pieces);

    private static Gen<(string Piece, string Separator)> Piece(int oddities) =>
        from piece in Gen.Frequency(
            (8, Gen.Elements(Words)),
            (3, Gen.Elements(Fragments)),
            (2, Gen.Choose(0, 100_000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (oddities, Gen.Elements(Oddities)),
            (1, Gen.Elements(Words).Select(w => w.ToUpperInvariant())))
        from separator in Gen.Elements(Separators)
        select (piece, separator);

    private static string Join(IEnumerable<(string Piece, string Separator)> pieces)
    {
        var text = new StringBuilder();
        foreach (var (piece, separator) in pieces)
        {
            text.Append(piece).Append(separator);
        }

        return text.ToString();
    }
}
