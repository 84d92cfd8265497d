using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// Institutions whose name is foreign by its spelling: an organisation head followed by a name in which some
/// capitalised word cannot be a Vietnamese syllable ("Trung tâm Y tế Sheba", "Đại học Monash"). This finds
/// the partners that no gazetteer lists and no country follows. Names with "Việt", a Vietnamese province,
/// "Hữu nghị" or a domestic brand written in Latin letters (data/gazetteers/domestic.json) stay Vietnamese.
/// The country is that of a foreign place in the name, else of the nearest country in the same sentence.
/// </summary>
internal sealed class ForeignInstitutionFinder(Gazetteer gazetteer, IReadOnlyDictionary<string, string> countryByAlias)
{
    private const int MaxNameWords = 10;

    private static readonly string[][] Heads =
    [
        ["Trường", "Đại", "học"], ["Bệnh", "viện"], ["Đại", "học"], ["Học", "viện"], ["Trung", "tâm"], ["Tổ", "chức"], ["Cơ", "quan"], ["Hiệp", "hội"],
        ["Công", "ty"], ["Tập", "đoàn"], ["Ngân", "hàng"], ["Viện"], ["Quỹ"], ["Hội"],
    ];

    private static readonly HashSet<string> HeadStarts = Heads.Select(h => h[0]).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "and", "of", "de", "du", "des", "for", "the", "&", "und", "für" };

    /// <summary>Finds foreign-spelled institutions in <paramref name="matching"/> (the tone-normalised text).</summary>
    /// <param name="text">The input text; spans are cut from it.</param>
    /// <param name="matching">The same text with one tone placement, for matching.</param>
    /// <returns>Candidates; the caller resolves overlaps with other rules.</returns>
    public IEnumerable<PartnerFact> Find(string text, string matching)
    {
        var words = Words(matching);
        for (var i = 0; i < words.Count; i++)
        {
            if (!HeadStarts.Contains(words[i].Text))
            {
                continue;
            }

            var head = Heads.FirstOrDefault(h => i + h.Length <= words.Count && Enumerable.Range(0, h.Length).All(k => words[i + k].Text == h[k]));
            if (head is null || (i > 0 && !words[i - 1].EndsClause && (char.IsUpper(words[i - 1].Text[0]) || EndsHead(words, i))))
            {
                continue;
            }

            var end = i + head.Length;
            while (end < words.Count && end - i < MaxNameWords && !words[end - 1].EndsClause)
            {
                if (words[end].OpensGroup)
                {
                    break;
                }

                var word = words[end].Text;
                var capital = char.IsUpper(word[0]) || char.IsDigit(word[0]);
                var lowercaseAfterCapital = !capital && char.IsUpper(words[end - 1].Text[0]) && !char.IsUpper(word[0]) && VietnameseSyllable.IsSyllable(word) && end > i + head.Length;
                if (!capital && !Connectors.Contains(word) && !lowercaseAfterCapital)
                {
                    break;
                }

                if (word == "và" || NameBoundaries.FunctionWords.Contains(word))
                {
                    break;
                }

                end++;
            }

            // A name ends on a capitalised word, not on a connector or a trailing lowercase syllable.
            while (end > i + head.Length && !char.IsUpper(words[end - 1].Text[0]) && !char.IsDigit(words[end - 1].Text[0]))
            {
                end--;
            }

            var name = words.Skip(i + head.Length).Take(end - i - head.Length).Select(w => w.Text).ToList();
            if (name.Count == 0 || !name.Any(VietnameseSyllable.IsForeignNameWord) || IsDomestic(name))
            {
                continue;
            }

            var start = words[i].Start;
            var stop = words[end - 1].Start + words[end - 1].Text.Length;
            var span = matching[start..stop];
            var known = gazetteer.Entries.FirstOrDefault(e => e.Aliases.Contains(span, StringComparer.Ordinal));
            var code = known?.CountryCode ?? CountryOf(name, matching, start, stop);
            yield return new PartnerFact(known?.Name ?? span, known?.Key ?? PartnerExtractor.Slug(span), "org", gazetteer.CountryName(code), code, text[start..stop], start);
        }
    }

    private static bool EndsHead(List<(string Text, int Start, bool EndsClause, bool OpensGroup)> words, int i) =>
        Heads.Any(h => i >= h.Length && Enumerable.Range(0, h.Length).All(k => words[i - h.Length + k].Text == h[k]));

    private bool IsDomestic(List<string> name)
    {
        var joined = string.Join(' ', name);
        return joined.Contains("Việt", StringComparison.Ordinal)
            || joined.Contains("Hữu nghị", StringComparison.Ordinal)
            || name.Any(w => w.StartsWith("TP", StringComparison.Ordinal))
            || gazetteer.Provinces.Any(p => joined.Contains(p, StringComparison.Ordinal))
            || gazetteer.Domestic.Any(d => name.Contains(d, StringComparer.Ordinal));
    }

    private string? CountryOf(List<string> name, string matching, int start, int stop)
    {
        foreach (var word in name)
        {
            if (gazetteer.Places.TryGetValue(word, out var place))
            {
                return place;
            }
        }

        var sentenceStart = Math.Max(matching.LastIndexOfAny(['.', '\n', ';'], Math.Max(0, start - 1)) + 1, 0);
        var sentenceEnd = matching.IndexOfAny(['.', '\n', ';'], stop);
        var sentence = matching[sentenceStart..(sentenceEnd < 0 ? matching.Length : sentenceEnd)];
        var anchor = start - sentenceStart;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (alias, code) in countryByAlias)
        {
            for (var at = sentence.IndexOf(alias, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(alias, at + alias.Length, StringComparison.Ordinal))
            {
                var distance = Math.Abs(at - anchor);
                if (distance < bestDistance && (at + alias.Length >= sentence.Length || !char.IsLetter(sentence[at + alias.Length])) && (at == 0 || !char.IsLetter(sentence[at - 1])))
                {
                    best = code;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    private static List<(string Text, int Start, bool EndsClause, bool OpensGroup)> Words(string text)
    {
        var words = new List<(string, int, bool, bool)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var raw = text[start..i];
            var core = raw.TrimEnd(',', '.', ';', ':', ')', '"', '”', '!', '?').TrimStart('(', '"', '“');
            var leading = raw.Length - raw.TrimStart('(', '"', '“').Length;
            if (core.Length > 0)
            {
                words.Add((core, start + leading, core.Length + leading < raw.Length || (i < text.Length && text[i] == '\n'), leading > 0));
            }
        }

        return words;
    }
}
