namespace Pipeline.Analysis.Partners;

/// <summary>
/// What the words right around a known name say about the mention: a news outlet that reports ("hãng tin Yonhap"), a
/// body cited as an authority ("theo khuyến cáo của WHO", "WHO ước tính"), a maker named for its product ("vắc xin
/// AstraZeneca"), or a body's office in a country ("Văn phòng WHO tại Việt Nam").
/// </summary>
internal static class MentionContext
{
    private const string Located = " tại ";

    private static readonly string[] OfficeWords = ["Văn phòng đại diện ", "Văn phòng Đại diện ", "Văn phòng ", "Phái đoàn ", "văn phòng "];

    private static readonly string[] CitingWords =
    [
        "khuyến cáo của", "ước tính của", "số liệu của", "thống kê của", "báo cáo của", "dữ liệu của", "tiêu chuẩn của", "hướng dẫn của", "khuyến nghị của",
        "xếp hạng của", "chuẩn", "tiêu chuẩn",
    ];

    private static readonly string[] CitingVerbs = ["khuyến cáo", "ước tính", "cảnh báo", "thống kê", "dự báo", "khuyến nghị"];

    private static readonly string[] MediaWords = ["hãng tin", "hãng thông tấn", "thông tấn xã", "tờ", "báo", "đài", "tạp chí", "kênh", "trang tin", "nhật báo"];

    private static readonly string[] ProductWords = ["vắc xin", "vắc-xin", "vaccine", "vacxin", "thuốc", "liều", "mũi"];

    /// <summary>
    /// Whether the mention from <paramref name="start"/> to <paramref name="end"/> is a news outlet's, which reports a
    /// cooperation and takes no part in it, or a body's cited as an authority, which gives a figure or advice, not help.
    /// </summary>
    /// <param name="matching">The tone-normalised text.</param>
    /// <param name="start">Offset of the mention.</param>
    /// <param name="end">Offset just past it.</param>
    /// <returns>True when the mention is no side.</returns>
    public static bool ReportsOrCites(string matching, int start, int end) =>
        Follows(matching, start, MediaWords) || Follows(matching, start, CitingWords) || CitesAfter(matching, end);

    /// <summary>
    /// Whether the name at <paramref name="at"/> names a product by its maker ("vắc xin AstraZeneca", "thuốc Novartis"):
    /// the maker does not take part in what the article reports.
    /// </summary>
    /// <param name="matching">The tone-normalised text.</param>
    /// <param name="at">Offset of the name.</param>
    /// <returns>True for a product.</returns>
    public static bool NamesProduct(string matching, int at) => Follows(matching, at, ProductWords);

    /// <summary>Whether a verb of citing follows the name at <paramref name="end"/> ("WHO khuyến cáo", "UNICEF ước tính").</summary>
    private static bool CitesAfter(string matching, int end)
    {
        var after = matching.AsSpan(end).TrimStart(' ');
        foreach (var verb in CitingVerbs)
        {
            if (after.StartsWith(verb, StringComparison.Ordinal) && (after.Length == verb.Length || !char.IsLetter(after[verb.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="words"/> (any case) stands right before <paramref name="at"/>, as whole words.</summary>
    private static bool Follows(string matching, int at, string[] words) =>
        WordsBefore.Ending(matching.AsSpan(0, at).TrimEnd(), words, StringComparison.OrdinalIgnoreCase) is not null;

    /// <summary>
    /// The office a known body keeps somewhere, written as "Văn phòng" or "Phái đoàn" before the body's name and "tại"
    /// and a capitalised place after it ("Văn phòng Tổ chức Y tế thế giới (WHO) tại Việt Nam"); null when the name is not
    /// so written.
    /// </summary>
    /// <param name="matching">The tone-normalised text.</param>
    /// <param name="at">Offset of the body's name.</param>
    /// <param name="end">Offset just past it and its bracketed acronym.</param>
    /// <returns>The office's span, or null.</returns>
    public static (int Start, int End)? OfficeOf(string matching, int at, int end)
    {
        var start = WordsBefore.Ending(matching.AsSpan(0, at), OfficeWords, StringComparison.Ordinal) is { } mission ? at - mission.Length : -1;

        var place = end + Located.Length;
        if (start < 0 || !matching.AsSpan(end).StartsWith(Located, StringComparison.Ordinal) || place >= matching.Length || !char.IsUpper(matching[place]))
        {
            return null;
        }

        // The place runs over capitalised words ("Việt Nam", "TP Hồ Chí Minh").
        var stop = place;
        while (stop < matching.Length && char.IsUpper(matching[stop]))
        {
            while (stop < matching.Length && !char.IsWhiteSpace(matching[stop]) && matching[stop] is not (',' or '.' or ';' or ')'))
            {
                stop++;
            }

            if (stop + 1 >= matching.Length || matching[stop] != ' ' || !char.IsUpper(matching[stop + 1]))
            {
                break;
            }

            stop++;
        }

        return (start, stop);
    }
}
