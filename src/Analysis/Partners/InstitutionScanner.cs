using Pipeline.Text;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// Reads institution names out of running text without any list of names: a head noun ("Bộ", "Sở", "Cục",
/// "Bệnh viện", "Đại sứ quán"...), then name words. Vietnamese writes institution names in sentence case, so a
/// name goes on over capitalised words and short runs of lowercase syllables ("Ủy ban chính quyền tỉnh Hủa Phăn",
/// "Trạm kiểm tra Biên phòng xuất nhập cảnh Đông Hưng") and stops at punctuation, a verb or preposition of the
/// sentence, or a new head. It ends on a capitalised word, or on the lowercase syllable of a word that a capital
/// opens ("Sở Y tế"). Whose institution it is, is decided elsewhere (<see cref="InstitutionOwner"/>).
/// </summary>
internal static class InstitutionScanner
{
    private const int MaxWords = 14;
    private const int MaxLowercaseRun = 4;

    private static readonly string[][] Heads =
    [
        ["Tổng", "Lãnh", "sự", "quán"], ["Tổng", "lãnh", "sự", "quán"], ["Phòng", "Y", "tế"], ["Đại", "sứ", "quán"], ["Lãnh", "sự", "quán"], ["Trường", "Đại", "học"], ["Trường", "Cao", "đẳng"],
        ["Ủy", "ban", "nhân", "dân"], ["Uỷ", "ban", "nhân", "dân"], ["Quân", "giải", "phóng"], ["Kiểm", "soát", "bệnh", "tật"],
        ["Bệnh", "viện"], ["Hội", "đồng"], ["Đại", "học"], ["Học", "viện"], ["Trung", "tâm"], ["Tổ", "chức"], ["Cơ", "quan"], ["Hiệp", "hội"], ["Liên", "minh"], ["Công", "ty"],
        ["Tập", "đoàn"], ["Ngân", "hàng"], ["Chương", "trình"], ["Dự", "án"], ["Ủy", "ban"], ["Uỷ", "ban"], ["Phái", "đoàn"], ["Văn", "phòng"], ["Quân", "đội"],
        ["Lực", "lượng"], ["Chính", "quyền"], ["Quốc", "hội"], ["Cộng", "đồng"], ["Hạ", "viện"], ["Thượng", "viện"], ["Nghị", "viện"], ["Tổng", "cục"],
        ["ĐSQ"], ["TLSQ"], ["BVĐK"], ["BV"], ["TTYT"], ["CDC"], ["Trường"], ["Viện"], ["Quỹ"], ["Hội"], ["Bộ"], ["Sở"], ["Cục"], ["Vụ"], ["Trạm"], ["Đồn"], ["UBND"], ["Hãng"],
    ];

    /// <summary>Heads whose "tại X" says where the office is, the owner being named before it.</summary>
    public static readonly HashSet<string> Missions = new(StringComparer.Ordinal)
    {
        "Đại sứ quán", "Lãnh sự quán", "Tổng Lãnh sự quán", "Tổng lãnh sự quán", "Phái đoàn", "Văn phòng", "ĐSQ", "TLSQ",
    };

    // Heads that may carry a "tại X" inside their name: missions, and associations or branches named after their seat.
    private static readonly HashSet<string> LocatedHeads = new(Missions.Concat(["Hội", "Hiệp hội"]), StringComparer.Ordinal);

    // Keyed by the first word as written and with its first letter lowercased, so a lookup allocates nothing.
    private static readonly Dictionary<string, string[][]> HeadsByFirstWord = Heads
        .SelectMany(h => new[] { (Word: h[0], Head: h), (Word: Lower(h[0]), Head: h) })
        .GroupBy(p => p.Word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Head).Distinct().OrderByDescending(h => h.Length).ToArray(), StringComparer.Ordinal);

    // Words after a head that make it a title or a meeting, not an institution ("Bộ trưởng", "Hội nghị").
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "trưởng", "Chính", "đội", "nghị", "thảo", "đàm", "chợ", "viên", "phó", "chủ", "ngành", "phận",
    };

    // Words before a head that make it part of a title ("Chánh Văn phòng", "Cán bộ").
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "Chánh", "Phó", "Tổng", "Trưởng", "Cán", "cán", "Thứ", "Ủy", "Uỷ" };

    // Heads that news write in lowercase before a lowercase word of the name ("cộng đồng châu Âu", "lực lượng quân y Campuchia").
    private static readonly HashSet<string> LowercaseHeads = new(StringComparer.Ordinal) { "lực lượng", "chính quyền" };

    // Words before a lowercase head that make it generic ("các bệnh viện Nhật Bản": Japanese hospitals, no one institution).
    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal) { "các", "những", "nhiều", "mọi", "số", "hai", "ba", "một" };

    // Lowercase words that never continue a name: the rest of the sentence starts there.
    private static readonly HashSet<string> Stops = new(NameBoundaries.SentenceWords.Concat(NameBoundaries.FunctionWords)
        .Concat(["và", "cùng", "các", "những", "như", "gồm", "nhau", "này", "kia", "ấy", "nên", "thì", "mà", "nhưng", "hoặc", "hay", "bị", "do", "theo", "qua", "bằng", "thăm", "năm", "tháng", "ngày", "lần", "đối", "trên", "dưới", "giữa", "phía", "bạn", "đoàn", "lãnh", "đạo", "thuộc", "lớn", "nhất", "nhiều", "hàng", "đầu", "tiên", "mới", "cam", "khẳng", "nhấn", "chia", "mong", "phát", "cảm", "kết", "đánh", "chứng", "hướng", "giúp", "trực", "khởi", "công", "vận", "thông", "cung", "cấp", "hỗ", "đồng", "tổ", "triển", "ký", "chủ", "phối", "vinh", "tham", "làm", "có", "phụ", "tiếng", "đạt"]), StringComparer.Ordinal);

    private static readonly HashSet<string> Multipliers = new(StringComparer.Ordinal) { "triệu", "nghìn", "ngàn", "tỷ", "tỉ", "trăm", "chục", "vạn" };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "and", "of", "de", "du", "des", "for", "the", "&", "und", "für", "và" };

    private static readonly HashSet<string> Compounds = new(StringComparer.Ordinal)
    {
        "Y tế", "Y học", "Y dược", "Phụ sản", "Đa khoa", "Ung bướu", "Nhi đồng", "Truyền nhiễm", "Nhiệt đới", "Dân số", "Kế hoạch", "Sức khỏe", "Sức khoẻ",
        "Dược phẩm", "Giáo dục", "Khoa học", "Công nghệ", "Phát triển", "Điều dưỡng", "Huyết học", "Tim mạch", "Lão khoa", "Da liễu", "Trung ương", "Quốc gia",
        "Quốc tế", "Ngoại giao", "Tài chính", "Hợp tác", "Nhân dân", "Thế giới", "Quân y", "Biên phòng", "Hữu nghị", "Chữ thập", "Thập đỏ", "Nhi đồng", "Y khoa", "Dinh dưỡng", "Vệ sinh",
    };

    // Lowercase words that end institution names in sentence case.
    private static readonly HashSet<string> Tails = new(StringComparer.Ordinal)
    {
        "dự phòng", "mở rộng", "quốc tế", "quốc gia", "bệnh tật", "trung ương", "toàn cầu", "sinh sản", "cộng đồng", "côn trùng", "truyền nhiễm",
        "môi trường", "xã hội", "công nghệ", "đào tạo", "nhân dân", "cổ truyền", "thế giới", "y tế", "chữa bệnh", "công cộng", "di truyền", "sinh học", "khẩn cấp",
    };

    /// <summary>Every institution name of a text, in text order, none inside another.</summary>
    /// <param name="text">The (tone-normalised) text.</param>
    /// <returns>The names.</returns>
    public static List<InstitutionName> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = NameTokenizer.Words(text);
        var names = new List<InstitutionName>();
        for (var i = 0; i < words.Count; i++)
        {
            var head = HeadAt(words, i);
            if (head is null)
            {
                continue;
            }

            var name = Read(text, words, i, head);
            if (name is null)
            {
                continue;
            }

            names.Add(name.Value.Name);
            i = name.Value.LastWord;
        }

        return names;
    }

    private static string[]? HeadAt(List<NameWord> words, int i)
    {
        if (!HeadsByFirstWord.TryGetValue(words[i].Text, out var heads))
        {
            return null;
        }

        foreach (var head in heads)
        {
            if (i + head.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < head.Length && matches; k++)
            {
                matches = k == 0 || (words[i + k].Text == head[k] && !words[i + k - 1].EndsClause);
            }

            if (!matches)
            {
                continue;
            }

            var lowercase = !char.IsUpper(words[i].Text[0]) && words[i].Text != "UBND";
            var previous = i > 0 && !words[i - 1].EndsClause ? words[i - 1] : (NameWord?)null;

            // A capitalised word before a head makes it a title ("Chánh Văn phòng", "Thứ trưởng Bộ" is fine: lowercase).
            if (previous is { } before && Titles.Contains(before.Text))
            {
                return null;
            }

            if (lowercase && ((head.Length == 1 && head[0] != "Quỹ") || (previous is { } quantifier && Quantifiers.Contains(Lower(quantifier.Text)))))
            {
                return null;
            }

            return head;
        }

        return null;
    }

    private static (InstitutionName Name, int LastWord)? Read(string text, List<NameWord> words, int i, string[] head)
    {
        var bodyStart = i + head.Length;
        if (bodyStart >= words.Count || words[bodyStart - 1].EndsClause || NotNames.Contains(words[bodyStart].Text))
        {
            return null;
        }

        var headText = string.Join(' ', words.Skip(i).Take(head.Length).Select(w => w.Text));
        var lowercaseHead = !char.IsUpper(words[i].Text[0]) && words[i].Text != "UBND";
        var canLocate = LocatedHeads.Contains(Capitalise(headText));
        var located = -1;
        var lowercaseRun = 0;
        var end = bodyStart;
        while (end < words.Count && end - i < MaxWords && !words[end - 1].EndsClause)
        {
            var word = words[end];
            if (word.OpensGroup)
            {
                break;
            }

            var next = end + 1 < words.Count && !word.EndsClause ? words[end + 1] : (NameWord?)null;
            if (word.IsDash || Connectors.Contains(word.Text))
            {
                // A dash or a connector joins two capitalised parts; "và" before a new head starts a second name.
                if (end > bodyStart && CapitalisedWithin(words, end, bodyStart, word.IsDash ? 3 : ConnectorReach(word.Text, lowercaseRun)) && next is { IsCapitalised: true } joined
                    && !(word.Text == "và" && (HeadAt(words, end + 1) is not null || IsAcronym(joined.Text) || IsGovernment(words, end + 1))))
                {
                    end++;
                    lowercaseRun = 0;
                    continue;
                }

                break;
            }

            if (word.Text == "tại")
            {
                if (canLocate && located < 0 && end > bodyStart && next is { IsCapitalised: true })
                {
                    located = end;
                    end++;
                    continue;
                }

                break;
            }

            if (word.IsCapitalised)
            {
                if (end > bodyStart && (PersonName.StartsAt(words, end, i) || StartsAnAmount(word, next)))
                {
                    break;
                }

                lowercaseRun = 0;
                end++;
                continue;
            }

            // The lowercase syllable of a word that a capital opens ("Phát triển", "Biên phòng") is part of that word, even
            // where the syllable alone could start a clause; a preposition never is.
            var tail = OpensWord(words, end - 1, bodyStart) && !NameBoundaries.FunctionWords.Contains(word.Text);
            // A two-syllable tail of names whose first syllable could open a clause ("Y tế công cộng") stays in the name.
            if (!tail && next is { IsCapitalised: false } second && !word.EndsClause && lowercaseRun + 2 <= MaxLowercaseRun && Tails.Contains(word.Text + " " + second.Text))
            {
                lowercaseRun += 2;
                end += 2;
                continue;
            }

            if (!tail && (Stops.Contains(word.Text) || ++lowercaseRun > MaxLowercaseRun))
            {
                break;
            }

            end++;
        }

        // A name ends on a capitalised word, on the lowercase syllable of a word a capital opens ("Sở Y tế"), or on a
        // lowercase word that names end with ("Cục Y tế dự phòng", "Chương trình Tiêm chủng mở rộng").
        // An "(ACRONYM)" right after a short lowercase run closes the name there ("Trung tâm Miễn dịch phân tử (CIM)").
        var closedByAcronym = end > bodyStart && lowercaseRun <= 3 && AcronymEnd(text, words[end - 1].End) > words[end - 1].End;
        while (!closedByAcronym && end > bodyStart && !words[end - 1].IsCapitalised && !KeepsTail(words, end - 1, bodyStart))
        {
            // A tail goes on a lowercase run of the name ("Kiểm soát bệnh tật"); after a proper name ("Bệnh viện Mittaphab
            // đào tạo...") it is the sentence's next words.
            if (end - 2 > bodyStart && Tails.Contains(words[end - 2].Text + " " + words[end - 1].Text) && !words[end - 3].EndsClause
                && (!words[end - 3].IsCapitalised || OpensWord(words, end - 3, bodyStart)))
            {
                break;
            }

            end--;
        }

        if (located >= 0 && located >= end - 1)
        {
            end = Math.Min(end, located);
            located = -1;
        }

        var body = words.Skip(bodyStart).Take((located >= 0 ? located : end) - bodyStart).ToList();
        if (body.Count == 0 || !body.Any(w => w.IsCapitalised && !w.IsDash) || (lowercaseHead && !char.IsUpper(body[0].Text[0]) && !LowercaseHeads.Contains(headText)))
        {
            return null;
        }

        var stop = words[end - 1].End;
        var acronym = AcronymEnd(text, stop);
        return (new InstitutionName(words[i].Start, acronym, headText, body, located >= 0 ? words.Skip(located + 1).Take(end - located - 1).ToList() : []), end - 1);
    }

    /// <summary>
    /// Whether one of the last <paramref name="count"/> words before <paramref name="end"/> is capitalised: a dash joins
    /// parts of up to three syllables ("Viện Sốt rét - Ký sinh trùng - Côn trùng Trung ương").
    /// </summary>
    private static bool CapitalisedWithin(List<NameWord> words, int end, int bodyStart, int count)
    {
        for (var k = end - 1; k >= bodyStart && k >= end - count; k--)
        {
            if (words[k].IsCapitalised && !words[k].IsDash)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How far back a connector looks for the capitalised part it joins: "và" may follow a short lowercase run of the
    /// name ("Kỹ thuật di truyền và Công nghệ sinh học"), other connectors and longer runs join capitalised words only.
    /// </summary>
    private static int ConnectorReach(string connector, int lowercaseRun) => connector == "và" && lowercaseRun <= 2 ? 2 + lowercaseRun : 2;

    /// <summary>A government or state after "và" is the other side, not the rest of this name ("Bộ Y tế và Chính phủ Estonia").</summary>
    private static bool IsGovernment(List<NameWord> words, int index) =>
        index + 1 < words.Count && words[index + 1].Text is "phủ" or "nước" or "quyền" && words[index].Text is "Chính" or "Nhà";

    /// <summary>A number that starts an amount after a name ("Bộ Y tế 5 triệu liều"), not a number of the name ("Bệnh viện 103").</summary>
    private static bool StartsAnAmount(NameWord word, NameWord? next) =>
        char.IsDigit(word.Text[0]) && (word.Text.Contains('.', StringComparison.Ordinal) || word.Text.Contains(',', StringComparison.Ordinal)
            || next is { } unit && Multipliers.Contains(unit.Text));

    /// <summary>Whether a lowercase word may end a name: it completes a word that a capital opens.</summary>
    private static bool KeepsTail(List<NameWord> words, int index, int bodyStart)
    {
        if (index <= bodyStart)
        {
            return false;
        }

        var previous = words[index - 1];
        if (!previous.IsCapitalised || previous.IsDash)
        {
            return false;
        }

        return Compounds.Contains(previous.Text + " " + words[index].Text) || (!Stops.Contains(words[index].Text) && OpensWord(words, index - 1, bodyStart));
    }

    /// <summary>
    /// Whether the capitalised Vietnamese syllable at <paramref name="index"/> opens a word of the name: it is the name's
    /// first word or follows a lowercase one ("Sở Y tế", "vì Phát triển"); after another capital it ends a proper name
    /// ("Bạch Mai"), and a foreign word has no second syllable ("Viện Pasteur").
    /// </summary>
    private static bool OpensWord(List<NameWord> words, int index, int bodyStart)
    {
        var word = words[index];
        return index >= bodyStart && word.IsCapitalised && !word.IsDash && word.Text.Length > 1 && !word.EndsClause && VietnameseSyllable.IsSyllable(word.Text)
            && (index == bodyStart || !words[index - 1].IsCapitalised || words[index - 1].IsDash);
    }

    /// <summary>The end of an "(ACRONYM)" right after a name, else <paramref name="stop"/>.</summary>
    private static int AcronymEnd(string text, int stop)
    {
        var at = stop;
        if (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at >= text.Length || text[at] != '(')
        {
            return stop;
        }

        var close = text.IndexOf(')', at, Math.Min(13, text.Length - at));
        if (close < 0 || close - at > 12 || close - at < 3)
        {
            return stop;
        }

        // An acronym is one Latin word with a capital ("JICA", "KfW", "Enabel"); a Vietnamese syllable in brackets is a place.
        var inner = text.Substring(at + 1, close - at - 1);
        return inner[0] is >= 'A' and <= 'Z' && inner.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '&') && (CountUpper(inner) >= 2 || !VietnameseSyllable.IsSyllable(inner)) ? close + 1 : stop;
    }

    /// <summary>An acronym ("WHO", "AFD"): after "và" it names another body, not the rest of this name.</summary>
    private static bool IsAcronym(string word) => word.Length >= 2 && CountUpper(word) >= 2;

    private static int CountUpper(ReadOnlySpan<char> span)
    {
        var count = 0;
        foreach (var c in span)
        {
            count += char.IsUpper(c) ? 1 : 0;
        }

        return count;
    }

    private static string Lower(string word) => word.Length > 0 && word != "UBND" ? char.ToLowerInvariant(word[0]) + word[1..] : word;

    private static string Capitalise(string head) => head.Length > 0 ? char.ToUpperInvariant(head[0]) + head[1..] : head;
}
