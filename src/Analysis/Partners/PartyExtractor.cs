using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// Finds the Vietnamese participants of a cooperation: institution names opened by a head ("Bộ Y tế", "Sở Y tế Hà
/// Nội", "Bệnh viện Bạch Mai", "Trường Đại học Y Hà Nội") and read over capitalised words, each maybe followed by
/// one lowercase syllable. Only texts with a foreign partner have parties; names that overlap a partner are the
/// partner's. Each party is reported once.
/// </summary>
public static class PartyExtractor
{
    private const int MaxNameWords = 10;

    private static readonly string[][] Heads =
    [
        ["Trường", "Đại", "học"], ["Bệnh", "viện"], ["Đại", "học"], ["Học", "viện"], ["Trung", "tâm"], ["Ủy", "ban", "nhân", "dân"], ["Chương", "trình"],
        ["Viện"], ["Bộ"], ["Sở"], ["Cục"], ["UBND"],
    ];

    private static readonly HashSet<string> HeadStarts = Heads.Select(h => h[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Finds parties.</summary>
    /// <param name="text">NFC text; offsets refer to it.</param>
    /// <param name="partners">The partners already found; without any there is no cooperation and no party.</param>
    /// <param name="provinces">Vietnamese provinces and cities: a prefixed one ("tỉnh Điện Biên") or one opening a partner's sentence is a party.</param>
    /// <param name="foreignNames">Country names and foreign places: a name ending in one is foreign ("Bộ Y tế Lào"), not a party.</param>
    /// <param name="domestic">Vietnamese institution names the partner analysis read (<see cref="PartnerAnalysis.Domestic"/>): they fill what the heads here miss.</param>
    /// <returns>Parties in text order, each once.</returns>
    /// <param name="vietnam">Vietnam as a side of the cooperation (<see cref="PartnerAnalysis.Vietnam"/>), when it is one.</param>
    public static IReadOnlyList<PartnerFact> Extract(string text, IReadOnlyList<PartnerFact> partners, IReadOnlySet<string>? provinces = null, IReadOnlySet<string>? foreignNames = null, IReadOnlyList<PartnerFact>? domestic = null, PartnerFact? vietnam = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(partners);
        var parties = new List<PartnerFact>();
        if (partners.Count == 0)
        {
            return parties;
        }

        var words = Words(text);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = domestic is null ? 0 : words.Count; i < words.Count; i++)
        {
            if (!HeadStarts.Contains(words[i].Text))
            {
                continue;
            }

            var head = Heads.FirstOrDefault(h => i + h.Length <= words.Count && Enumerable.Range(0, h.Length).All(k => words[i + k].Text == h[k]));
            if (head is null)
            {
                continue;
            }

            var end = i + head.Length;
            while (end < words.Count && end - i < MaxNameWords && !words[end - 1].EndsClause)
            {
                var word = words[end].Text;
                var previous = words[end - 1].Text;
                if (word == "và" || NameBoundaries.FunctionWords.Contains(word))
                {
                    break;
                }

                var capital = char.IsUpper(word[0]) || char.IsDigit(word[0]);
                if (!capital && (end == i + head.Length || !char.IsUpper(previous[0])))
                {
                    break;
                }

                end++;
            }

            if (end == i + head.Length && head[0] != "Bộ")
            {
                continue;
            }

            // A lowercase syllable ends a name only as the second syllable of a descriptive word ("Trung tâm Đột quỵ",
            // "Bộ Ngoại giao"); after a proper name's last syllable it starts the sentence ("Bệnh viện Bạch Mai tiếp").
            while (end > i + head.Length && !char.IsUpper(words[end - 1].Text[0]) && !char.IsDigit(words[end - 1].Text[0]) && !IsCompoundTail(words, end - 1)
                && !OpensDescriptiveWord(words, end - 1, i + head.Length))
            {
                end--;
            }

            var start = words[i].Start;
            var stop = words[end - 1].Start + words[end - 1].Text.Length;
            var span = text[start..stop];
            if (span == "Bộ" || partners.Any(p => p.Start < stop && start < p.Start + p.Span.Length))
            {
                continue;
            }

            // Participants share a sentence with a partner or a cooperation cue; institutions mentioned elsewhere are context.
            var (sentenceStart, sentenceEnd) = Sentence(text, start);
            if ((!partners.Any(p => p.Start >= sentenceStart && p.Start < sentenceEnd) && !HasCue(text, sentenceStart, sentenceEnd)) || IsForeign(words, i + head.Length, end, foreignNames))
            {
                i = end - 1;
                continue;
            }

            var key = PartnerExtractor.Slug(span);
            if (keys.Add(key))
            {
                parties.Add(new PartnerFact(span, key, "org", "Việt Nam", "VN", span, start));
            }

            i = end - 1;
        }

        foreach (var institution in domestic ?? [])
        {
            var (sentenceStart, sentenceEnd) = Sentence(text, institution.Start);
            var stop = institution.Start + institution.Span.Length;
            if (parties.Any(p => p.Start < stop && institution.Start < p.Start + p.Span.Length) || partners.Any(p => p.Start < stop && institution.Start < p.Start + p.Span.Length)
                || (!partners.Any(p => p.Start >= sentenceStart && p.Start < sentenceEnd) && !HasCue(text, sentenceStart, sentenceEnd)))
            {
                continue;
            }

            if (keys.Add(institution.Key))
            {
                parties.Add(institution);
            }
        }

        if (vietnam is not null && !parties.Any(p => p.Start < vietnam.Start + vietnam.Span.Length && vietnam.Start < p.Start + p.Span.Length) && keys.Add(vietnam.Key))
        {
            parties.Add(vietnam);
        }

        foreach (var province in provinces ?? new HashSet<string>())
        {
            for (var at = text.IndexOf(province, StringComparison.Ordinal); at >= 0; at = text.IndexOf(province, at + province.Length, StringComparison.Ordinal))
            {
                var (sentenceStart, sentenceEnd) = Sentence(text, at);
                var prefix = text[Math.Max(sentenceStart, at - 11)..at];
                var prefixed = prefix.EndsWith("tỉnh ", StringComparison.Ordinal) || prefix.EndsWith("thành phố ", StringComparison.Ordinal) || prefix.EndsWith("TP ", StringComparison.Ordinal) || prefix.EndsWith("TP. ", StringComparison.Ordinal);
                if (!(prefixed || at == sentenceStart) || !partners.Any(p => p.Start >= sentenceStart && p.Start < sentenceEnd)
                    || parties.Any(p => p.Start <= at && at < p.Start + p.Span.Length) || partners.Any(p => p.Start <= at && at < p.Start + p.Span.Length))
                {
                    continue;
                }

                var key = PartnerExtractor.Slug(province);
                if (keys.Add(key))
                {
                    parties.Add(new PartnerFact(province, key, "city", "Việt Nam", "VN", province, at));
                }

                break;
            }
        }

        // A short form of a longer party ("Sở Y tế" after "Sở Y tế Hà Nội") is the same party.
        return parties.Where(p => !parties.Any(q => q.Span.Length > p.Span.Length && q.Span.StartsWith(p.Span + " ", StringComparison.Ordinal)))
            .OrderBy(p => p.Start).ToList();
    }

    /// <summary>
    /// Whether the word before <paramref name="index"/> opens a descriptive word: it is the name's first word or follows
    /// a lowercase syllable, and is more than one letter ("Bệnh viện K tổ chức" is not "K tổ").
    /// </summary>
    private static bool OpensDescriptiveWord(List<(string Text, int Start, bool EndsClause)> words, int index, int nameStart)
    {
        var previous = index - 1;
        return previous >= nameStart && !NameBoundaries.SentenceWords.Contains(words[index].Text) && words[previous].Text.Length > 1 && char.IsUpper(words[previous].Text[0]) && !words[previous].EndsClause
            && (previous == nameStart || !char.IsUpper(words[previous - 1].Text[0]));
    }

    /// <summary>A name is foreign when a capitalised word cannot be a Vietnamese syllable or it ends in a country or foreign place.</summary>
    private static bool IsForeign(List<(string Text, int Start, bool EndsClause)> words, int from, int to, IReadOnlySet<string>? foreignNames)
    {
        for (var k = from; k < to; k++)
        {
            if (VietnameseSyllable.IsForeignNameWord(words[k].Text))
            {
                return true;
            }
        }

        if (foreignNames is null)
        {
            return false;
        }

        // Friendship names ("Bệnh viện Hữu nghị Việt Đức") are Vietnamese institutions named after a country.
        var name = string.Join(' ', words.Skip(from).Take(to - from).Select(w => w.Text));
        if (name.Contains("Việt", StringComparison.Ordinal) || name.Contains("Hữu nghị", StringComparison.Ordinal))
        {
            return false;
        }

        // The last capitalised words, before any trailing lowercase syllable, name a country or a foreign place.
        var last = to;
        while (last > from && !char.IsUpper(words[last - 1].Text[0]))
        {
            last--;
        }

        for (var length = 1; length <= 3 && last - length >= from; length++)
        {
            if (foreignNames.Contains(string.Join(' ', words.Skip(last - length).Take(length).Select(w => w.Text))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Cues =
    [
        "hợp tác", "ký kết", "ghi nhớ", "thỏa thuận", "thoả thuận", "tiếp nhận", "tiếp đoàn", "làm việc với", "phối hợp", "chuyển giao", "bàn giao",
        "tài trợ", "viện trợ", "đối tác", "triển khai dự án", "đầu mối", "thụ hưởng", "thăm", "hội đàm", "tiếp", "đón", "gặp", "trao", "tặng", "hỗ trợ", "đào tạo", "giúp",
    ];

    private static bool HasCue(string text, int start, int end)
    {
        var sentence = text.AsSpan(start, end - start);
        foreach (var cue in Cues)
        {
            if (sentence.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) Sentence(string text, int position)
    {
        var start = position;
        while (start > 0 && !EndsSentence(text, start - 1))
        {
            start--;
        }

        var end = position;
        while (end < text.Length && !EndsSentence(text, end))
        {
            end++;
        }

        return (start, end);
    }

    private static bool EndsSentence(string text, int index) =>
        text[index] == '\n' || (text[index] is '.' or '!' or '?' or ';' && (index + 1 >= text.Length || text[index + 1] == ' '));

    private static readonly HashSet<string> Compounds = new(StringComparer.Ordinal)
    {
        "Y tế", "Y học", "Y dược", "Phụ sản", "Đa khoa", "Ung bướu", "Nhi đồng", "Truyền nhiễm", "Nhiệt đới", "Dân số", "Kế hoạch", "Sức khỏe",
        "Dược phẩm", "Giáo dục", "Khoa học", "Công nghệ", "Phát triển", "Điều dưỡng", "Huyết học", "Tim mạch", "Lão khoa", "Da liễu", "Mắt",
    };

    /// <summary>A name may end in a lowercase syllable only when it completes a known compound ("Sở Y tế", "Bệnh viện Phụ sản").</summary>
    private static bool IsCompoundTail(List<(string Text, int Start, bool EndsClause)> words, int index) =>
        index > 0 && Compounds.Contains(words[index - 1].Text + " " + words[index].Text);

    private static List<(string Text, int Start, bool EndsClause)> Words(string text)
    {
        var words = new List<(string Text, int Start, bool EndsClause)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' && i + 1 < text.Length && char.IsUpper(text[i + 1])))
            {
                i++;
            }

            if (i > start)
            {
                var endsClause = i >= text.Length || text[i] is ',' or '.' or ';' or ':' or '(' or ')' or '\n' or '"' or '“' or '”' || (i + 1 < text.Length && text[i] == ' ' && text[i + 1] is '-' or '–' or '(');
                words.Add((text[start..i], start, endsClause));
            }
        }

        return words;
    }
}
