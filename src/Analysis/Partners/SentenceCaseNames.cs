using Pipeline.Text;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// Finds foreign bodies written in sentence case, a capitalised head noun, lowercase words and the country last
/// ("Quỹ phát triển Kuwait", "Tổ chức hợp tác quốc tế Nhật Bản", "Bệnh viện nhi đồng Thái Lan"): news lowercase
/// the inner words of long names, and the country that closes such a name is the body's, not a side of its own. The
/// lowercase words must read as a name: no preposition, auxiliary or sentence verb among them, and a head that is not
/// a title or a meeting ("Bộ trưởng", "Hội nghị", "Viện trợ").
/// </summary>
internal static class SentenceCaseNames
{
    private const int MaxLowercase = 5;

    private static readonly string[][] Heads =
    [
        ["Quỹ"], ["Cơ", "quan"], ["Tổ", "chức"], ["Bộ"], ["Viện"], ["Hội"], ["Hiệp", "hội"], ["Trung", "tâm"], ["Ngân", "hàng"], ["Bệnh", "viện"],
        ["Trường"], ["Đại", "học"], ["Học", "viện"], ["Công", "ty"], ["Tập", "đoàn"], ["Liên", "minh"], ["Ủy", "ban"], ["Uỷ", "ban"], ["Cục"],
    ];

    // A head and the word after it that make a title, a meeting or a verb ("Bộ trưởng", "Hội nghị", "Viện trợ", "Trường hợp").
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Bộ trưởng", "Cục trưởng", "Viện trưởng", "Hội nghị", "Hội thảo", "Hội đàm", "Hội viên", "Viện trợ", "Trường hợp", "Quỹ đất", "Ủy ban nhân", "Uỷ ban nhân",
    };

    // Lowercase words that never sit inside a name: the sentence goes on there.
    private static readonly HashSet<string> Stops = new(NameBoundaries.FunctionWords.Concat(
        ["và", "các", "những", "nhiều", "tiếp", "trao", "tặng", "giúp", "hỗ", "trợ", "tài", "đón", "thăm", "làm", "việc", "cử", "gửi", "chuyên", "gia", "bác", "sĩ", "đoàn", "nước", "bạn", "phía", "như", "hay", "hoặc"]),
        StringComparer.Ordinal);

    /// <summary>The names, each with the offset just past its country and the country's code.</summary>
    /// <param name="text">The (tone-normalised) text.</param>
    /// <param name="countries">The country names in the text, in text order (start, length, ISO code).</param>
    /// <returns>Start, end and country code of each name, in text order.</returns>
    public static IEnumerable<(int Start, int End, string Code)> Find(string text, IReadOnlyList<(int Start, int Length, string Code)> countries)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(countries);
        foreach (var (at, length, code) in countries)
        {
            if (code == "VN" || (at + length + 1 < text.Length && text[at + length] == ' ' && char.IsUpper(text[at + length + 1])))
            {
                continue;
            }

            if (HeadBefore(text, at) is { } start)
            {
                yield return (start, at + length, code);
            }
        }
    }

    /// <summary>The start of a head noun that lowercase name words join to the country at <paramref name="at"/>, or null.</summary>
    private static int? HeadBefore(string text, int at)
    {
        var words = new List<(int Start, int End)>();
        var cursor = at;
        for (var k = 0; k < MaxLowercase + 2; k++)
        {
            if (cursor < 2 || text[cursor - 1] != ' ' || !char.IsLetter(text[cursor - 2]))
            {
                return null;
            }

            var end = cursor - 1;
            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var word = text[start..end];
            words.Insert(0, (start, end));
            if (char.IsUpper(word[0]))
            {
                // The capital opens the head: its other words follow it.
                foreach (var head in Heads)
                {
                    if (head[0] != word || words.Count <= head.Length || !Matches(text, words, head))
                    {
                        continue;
                    }

                    var lowercase = words.Skip(head.Length).Select(w => text[w.Start..w.End]).ToList();
                    var first = string.Join(' ', head) + " " + lowercase[0];
                    if (lowercase.All(w => char.IsLower(w[0]) && VietnameseSyllable.IsSyllable(w) && !Stops.Contains(w))
                        && !NotNames.Any(n => first.StartsWith(n, StringComparison.Ordinal)))
                    {
                        return start;
                    }
                }

                return null;
            }

            cursor = start;
        }

        return null;
    }

    private static bool Matches(string text, List<(int Start, int End)> words, string[] head)
    {
        for (var i = 1; i < head.Length; i++)
        {
            if (!text.AsSpan(words[i].Start, words[i].End - words[i].Start).SequenceEqual(head[i]))
            {
                return false;
            }
        }

        return true;
    }
}
