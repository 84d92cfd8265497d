namespace Pipeline.Analysis.Partners;

/// <summary>
/// Tells where a Vietnamese person's name starts inside a run of capitalised words, so that "Thứ trưởng Bộ Y tế Nguyễn
/// Văn An" gives the institution "Bộ Y tế" and not a name that runs into the official's. Vietnamese names are family
/// name, middle name, given name; the family names are few.
/// </summary>
internal static class PersonName
{
    // The commonest Vietnamese family names, which together cover about nine in ten people (Wikipedia, "Vietnamese name",
    // list of the most common family names; facts, not text). Rarer family names are left to the title rule alone.
    private static readonly HashSet<string> FamilyNames = new(StringComparer.Ordinal)
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Mai", "Tạ", "Hà", "Lương", "Cao", "Đinh", "Tô",
    };

    // Middle names that only people carry: after a family name they settle it ("Trần Thị Bình", never a place).
    private static readonly HashSet<string> PersonalMiddleNames = new(StringComparer.Ordinal) { "Văn", "Thị" };

    // Last syllables of the titles that put an official's name after an institution ("Thứ trưởng", "Giám đốc", "Chủ tịch").
    private static readonly HashSet<string> TitleEnds = new(StringComparer.Ordinal) { "trưởng", "Trưởng", "đốc", "tịch", "sứ", "thư", "viên", "diện" };

    /// <summary>
    /// Whether a person's name starts at <paramref name="index"/>: a family name followed by two or three more capitalised
    /// syllables, where either a title stands before the institution or the next syllable is a personal middle name. The
    /// name of the country's founder, which also names its largest city, is never cut.
    /// </summary>
    /// <param name="words">The words of the text.</param>
    /// <param name="index">A word inside an institution name, after its first body word.</param>
    /// <param name="headIndex">Where the institution's head starts.</param>
    /// <returns>Whether the institution name ends before this word.</returns>
    public static bool StartsAt(List<NameWord> words, int index, int headIndex)
    {
        if (!FamilyNames.Contains(words[index].Text) || words[index].EndsClause || index + 1 >= words.Count)
        {
            return false;
        }

        var given = 0;
        for (var k = index + 1; k < words.Count && k <= index + 3 && words[k].IsCapitalised && !words[k].IsDash && !char.IsDigit(words[k].Text[0]); k++)
        {
            given++;
            if (words[k].EndsClause)
            {
                break;
            }
        }

        // Two syllables at least after the family name: a place that starts like one ("Hà Nội", "Cao Bằng") has one.
        if (given < 2 || (words[index].Text == "Hồ" && words[index + 1].Text == "Chí"))
        {
            return false;
        }

        var titled = headIndex > 0 && !words[headIndex - 1].EndsClause && TitleEnds.Contains(words[headIndex - 1].Text);
        return titled || PersonalMiddleNames.Contains(words[index + 1].Text);
    }
}
