using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// Finds foreign and international partners: gazetteer organisations and cities by name or acronym; an
/// organisation head with a proper name followed by its country in parentheses ("Bệnh viện Charité (Đức)");
/// and countries acting themselves ("Chính phủ Nhật Bản", "Hàn Quốc viện trợ"). Each partner is reported
/// once, at its first mention. Patterns run without backtracking.
/// </summary>
public sealed partial class PartnerExtractor
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex HeadWithCountry = new(
        @"(?<head>Bệnh viện|Trường Đại học|Đại học|Học viện|Viện|Trung tâm|Tổ chức|Quỹ|Cơ quan|Hiệp hội|Hội|Công ty|Tập đoàn|Ngân hàng)"
        + @"(?<name>(?:\s+(?:[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*|and|of|de|du|des|for|the|&))+)\s*\((?<country>[^()\n]{2,30})\)",
        Options);

    private const int MaxNameWords = 12;

    private static readonly HashSet<string> StopPairs = new(StringComparer.Ordinal)
    {
        "Chính phủ", "Đại sứ", "sứ quán", "Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Giám đốc", "Chủ tịch",
    };

    private static readonly string[][] HeadWords =
    [
        ["Trường", "Đại", "học"], ["Bệnh", "viện"], ["Đại", "học"], ["Học", "viện"], ["Trung", "tâm"], ["Tổ", "chức"], ["Cơ", "quan"], ["Hiệp", "hội"],
        ["Công", "ty"], ["Tập", "đoàn"], ["Ngân", "hàng"], ["Chương", "trình"], ["Viện"], ["Quỹ"], ["Hội"], ["Bộ"],
    ];

    // A Vietnamese name followed by its original Latin-script name: "Học viện Quản trị điện tử (e-Governance Academy)".
    private static readonly Regex NameWithLatinOriginal = new(
        @"\b(?<head>Bệnh viện|Trường Đại học|Đại học|Học viện|Viện|Trung tâm|Tổ chức|Quỹ|Cơ quan|Hiệp hội|Chương trình)(?<name>(?:\s+[\p{L}\p{M}\d&-]+){1,8}?)\s*\((?<latin>[A-Za-z][A-Za-z&.-]*(?:\s+[A-Za-z&.-]+){1,6})\)",
        RegexOptions.CultureInvariant);

    // Latin-script institutions without a Vietnamese head: "Samsung Medical Center", "Operation Smile".
    private static readonly Regex LatinInstitution = new(
        @"\b(?:[A-Z][a-z]+\s+){1,4}(?:Center|Centre|Hospital|University|Institute|Foundation|Clinic|Smile|Trust|Fund|Agency|College|School|Society|Association|Alliance|Initiative)\b|\b(?:Centre|Center|Hospital|University|Institute|Operation|Klinikum|Universitätsklinikum|Klinik|Clinique|Hôpital|Universität|Université)(?:\s+(?:[A-Z][\p{L}-]*\.?|de|of|du|des|der|am|an|for|the))+",
        Options);

    private readonly Gazetteer gazetteer;
    private readonly Dictionary<string, string> countryByAlias;
    private readonly ForeignInstitutionFinder foreignInstitutions;
    private readonly InstitutionOwner owners;
    private readonly CountryPartnerFinder countryPartners;
    private readonly AliasMatcher<GazetteerEntry> entries;

    /// <summary>Creates the extractor.</summary>
    /// <param name="gazetteer">Countries, organisations and cities.</param>
    public PartnerExtractor(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
        countryByAlias = gazetteer.Countries.Values.SelectMany(c => c.Aliases.Select(a => (a, c.CountryCode!)))
            .GroupBy(p => p.a, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);
        foreignInstitutions = new ForeignInstitutionFinder(gazetteer, countryByAlias);
        owners = new InstitutionOwner(gazetteer, countryByAlias);
        countryPartners = new CountryPartnerFinder(gazetteer, countryByAlias);
        entries = new AliasMatcher<GazetteerEntry>(gazetteer.Entries.SelectMany(e => e.Aliases.Select(a => (a, e))));
    }

    /// <summary>Finds the partners of <paramref name="text"/>.</summary>
    /// <param name="text">NFC text; offsets refer to it.</param>
    /// <returns>Partners in text order, each once.</returns>
    public IReadOnlyList<PartnerFact> Extract(string text) => Analyze(text).Partners;

    /// <summary>
    /// Finds the partners of <paramref name="text"/> and, on the way, the Vietnamese institutions it names (or those
    /// whose wording does not say whose they are, which in Vietnamese news are Vietnamese), for the parties.
    /// </summary>
    /// <param name="text">NFC text; offsets refer to it.</param>
    /// <returns>Partners in text order, each once, and domestic institution names in text order.</returns>
    public PartnerAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matching = ToneMarks.ToTraditionalPlacement(text);
        var institutions = InstitutionScanner.Find(matching).Select(n => (Name: n, Owner: owners.Of(matching, n))).ToList();
        var found = new List<PartnerFact>();
        foreach (Match match in HeadWithCountry.Matches(matching))
        {
            var country = match.Groups["country"].Value.Trim();
            if (!countryByAlias.TryGetValue(country, out var code))
            {
                continue;
            }

            var span = (match.Groups["head"].Value + match.Groups["name"].Value).TrimEnd();
            var known = gazetteer.Entries.FirstOrDefault(e => e.Aliases.Contains(span, StringComparer.Ordinal));
            found.Add(new PartnerFact(span, known?.Key ?? Slug(span), "org", gazetteer.CountryName(code), code, text.Substring(match.Index, span.Length), match.Index));
        }

        // found.AddRange(NamesEndingInCountry(text, matching));
        foreach (Match match in NameWithLatinOriginal.Matches(matching))
        {
            if (match.Groups["name"].Value.Contains("Việt", StringComparison.Ordinal) || countryByAlias.ContainsKey(match.Groups["latin"].Value.Trim()))
            {
                continue;
            }

            var name = (match.Groups["head"].Value + match.Groups["name"].Value).Trim();
            found.Add(new PartnerFact(name, Slug(match.Groups["latin"].Value), "org", null, null, text.Substring(match.Index, match.Length), match.Index));
        }


        foreach (Match match in LatinInstitution.Matches(matching))
        {
            found.Add(new PartnerFact(match.Value, Slug(match.Value), "org", null, null, text.Substring(match.Index, match.Length), match.Index));
        }

        // A few mentions of each known name: its first may sit inside a longer name ("Phái đoàn Ủy ban châu Âu").
        var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (at, length, entry) in entries.Find(matching))
        {
            if ((entry.Kind != "city" || countryPartners.TakesPart(matching, at, length)) && CollectionsMarshal.GetValueRefOrAddDefault(mentions, entry.Key, out _)++ < 3)
            {
                found.Add(new PartnerFact(entry.Name, entry.Key, entry.Kind, gazetteer.CountryName(entry.CountryCode), entry.CountryCode, text.Substring(at, length), at));
            }
        }

        foreach (var (name, owner) in institutions)
        {
            if (owner is { IsForeign: true })
            {
                var nameEnd = owners.NameEnd(matching, name);
                var bracketed = matching[nameEnd..name.End].Trim(' ', '(', ')');
                var end = nameEnd == name.NameEnd && !countryByAlias.ContainsKey(bracketed) ? name.End : nameEnd;
                var plain = text[name.Start..nameEnd];
                var known = gazetteer.Entries.FirstOrDefault(e => e.Aliases.Contains(matching[name.Start..nameEnd], StringComparer.Ordinal));
                found.Add(new PartnerFact(known?.Name ?? plain, known?.Key ?? Slug(plain), "org", gazetteer.CountryName(owner.CountryCode), owner.CountryCode, text[name.Start..end], name.Start));
            }
        }

        // Longest mention wins where mentions overlap; then one fact per partner, at its first mention.
        var accepted = new List<PartnerFact>();
        foreach (var fact in found.OrderByDescending(f => f.Span.Length).ThenBy(f => f.Start))
        {
            if (!accepted.Any(a => Overlap(a, fact)))
            {
                accepted.Add(fact);
            }
        }

        // Names foreign by their spelling only fill gaps: a rule that knows the country or the organisation wins.
        foreach (var fact in foreignInstitutions.Find(text, matching))
        {
            if (!accepted.Any(a => Overlap(a, fact)))
            {
                accepted.Add(fact);
            }
        }

        // Countries that act themselves fill what is left: a country inside a name or a partner is not free.
        var taken = accepted.Select(a => (a.Start, a.Start + a.Span.Length)).Concat(institutions.Select(i => (i.Name.Start, i.Name.End))).ToList();
        accepted.AddRange(countryPartners.Find(text, matching, taken).Where(c => !accepted.Any(a => a.Key == c.Key)));

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var partners = accepted.OrderBy(f => f.Start).Where(f => keys.Add(f.Key)).ToList();
        // Names of known foreign or international bodies are never Vietnamese, at whatever mention ("Quỹ Toàn cầu").
        var domestic = institutions.Where(i => i.Owner is null or { IsForeign: false })
            .Select(i => new PartnerFact(text[i.Name.Start..i.Name.NameEnd], Slug(text[i.Name.Start..i.Name.NameEnd]), "org", "Việt Nam", "VN", text[i.Name.Start..i.Name.NameEnd], i.Name.Start))
            .Where(d => !accepted.Any(p => Overlap(p, d)) && !found.Any(f => f.Kind == "org" && Overlap(f, d)))
            .ToList();
        var vietnam = partners.Count == 0 ? null : countryPartners.Vietnam(text, matching, taken.Concat(partners.Select(p => (p.Start, p.Start + p.Span.Length))).ToList());
        return new PartnerAnalysis(partners, domestic, vietnam);
    }

    /// <summary>
    /// Organisation names that end with their country ("Bộ Y tế Lào", "Cơ quan Phát triển Bỉ (Enabel)"): from each
    /// country mention, back within the clause to the nearest head; an "(ACRONYM)" right after joins the span.
    /// Names with "Việt" or "Hữu nghị" are Vietnamese institutions named after a friendship ("Bệnh viện Việt Đức").
    /// </summary>
    private IEnumerable<PartnerFact> NamesEndingInCountry(string text, string matching)
    {
        foreach (var (alias, code) in countryByAlias.Concat(gazetteer.Places))
        {
            for (var at = matching.IndexOf(alias, StringComparison.Ordinal); at >= 0; at = matching.IndexOf(alias, at + alias.Length, StringComparison.Ordinal))
            {
                if (!IsWord(matching, at, alias.Length) || (at > 0 && matching[at - 1] == '('))
                {
                    continue;
                }

                var words = matching[..at].Split(' ');
                var start = -1;
                for (var back = 1; back <= Math.Min(MaxNameWords, words.Length) && start < 0; back++)
                {
                    var word = words[^back];
                    if (word.Length > 0 && (word[^1] is ',' or '.' or ';' or ':' or ')' or '(' or '"' or '–' || word == "-"))
                    {
                        break;
                    }

                    // A government, an embassy or a title is not part of an institution's name: the scan stops there.
                    if (back < words.Length && StopPairs.Contains(words[^(back + 1)] + " " + word))
                    {
                        break;
                    }

                    foreach (var head in HeadWords)
                    {
                        if (back + head.Length - 1 <= words.Length && words.AsSpan(words.Length - (back + head.Length - 1), head.Length).SequenceEqual(head))
                        {
                            start = words.Take(words.Length - (back + head.Length - 1)).Sum(w => w.Length + 1);
                            break;
                        }
                    }

                    // Short of a head, a verb or preposition ends the scan: "Bệnh viện Xanh Pôn sang Nhật Bản" is no name.
                    if (start < 0 && NameBoundaries.FunctionWords.Contains(word))
                    {
                        break;
                    }
                }

                if (start < 0)
                {
                    continue;
                }

                var name = matching[start..(at + alias.Length)];
                if (name.Contains("Việt", StringComparison.Ordinal) || name.Contains("Hữu nghị", StringComparison.Ordinal) || !LooksLikeName(name) || ContinuesAfter(matching, at + alias.Length))
                {
                    continue;
                }

                var end = at + alias.Length;
                var acronym = Acronym().Match(matching, end);
                if (acronym.Success && acronym.Index == end)
                {
                    end += acronym.Length;
                }

                var known = gazetteer.Entries.FirstOrDefault(e => e.Aliases.Contains(name, StringComparer.Ordinal));
                yield return new PartnerFact(known?.Name ?? name, known?.Key ?? Slug(name), "org", gazetteer.CountryName(code), code, text[start..end], start);
            }
        }
    }

    /// <summary>
    /// An organisation name is capitalised words, each maybe followed by one lowercase syllable ("Phát triển",
    /// "Y tế"), joined by "và": two lowercase words in a row mean the scan has run into a sentence.
    /// </summary>
    private static bool LooksLikeName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = HeadWords.First(h => words.Take(h.Length).SequenceEqual(h, StringComparer.Ordinal)).Length;
        if (words.Length <= head || !char.IsUpper(words[head][0]))
        {
            return false;
        }

        for (var i = head + 1; i < words.Length; i++)
        {
            if (!char.IsUpper(words[i][0]) && words[i] != "và" && !char.IsUpper(words[i - 1][0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A capitalised word right after the country means the name goes on ("Bệnh viện Đức Giang").</summary>
    private static bool ContinuesAfter(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);

    [GeneratedRegex(@"\G\s*\([A-Z][A-Za-z0-9-]{1,9}\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Acronym();

    private static bool Overlap(PartnerFact a, PartnerFact b) => a.Start < b.Start + b.Span.Length && b.Start < a.Start + a.Span.Length;

    private static bool IsWord(string text, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (start + length >= text.Length || !char.IsLetterOrDigit(text[start + length]));

    /// <summary>A stable key from a name: folded, lowercase, hyphenated.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = DiacriticFolding.Fold(name).ToLowerInvariant();
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
