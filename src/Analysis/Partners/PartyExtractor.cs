using Pipeline.Analysis.Facts;

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

    /// <summary>Finds parties.</summary>
    /// <param name="text">NFC text; offsets refer to it.</param>
    /// <param name="partners">The partners already found; without any there is no cooperation and no party.</param>
    /// <param name="provinces">Vietnamese provinces and cities: a prefixed one ("tỉnh Điện Biên") or one opening a partner's sentence is a party.</param>
    /// <returns>Parties in text order, each once.</returns>
    public static IReadOnlyList<PartnerFact> Extract(string text, IReadOnlyList<PartnerFact> partners, IReadOnlySet<string>? provinces = null)
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
        for (var i = 0; i < words.Count; i++)
        {
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

            // A lowercase syllable cannot end a name ("Bệnh viện Bạch Mai tiếp" stops before "tiếp").
            while (end > i + head.Length && !char.IsUpper(words[end - 1].Text[0]) && !char.IsDigit(words[end - 1].Text[0]) && !IsCompoundTail(words, end - 1))
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

            // Participants share a sentence with a partner; institutions mentioned elsewhere are context.
            var (sentenceStart, sentenceEnd) = Sentence(text, start);
            if (!partners.Any(p => p.Start >= sentenceStart && p.Start < sentenceEnd))
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

        return parties.OrderBy(p => p.Start).ToList();
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
