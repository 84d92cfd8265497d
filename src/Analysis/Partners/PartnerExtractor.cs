using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Text.Facts;

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

    // A Vietnamese name followed by its original Latin-script name: "Học viện Quản trị điện tử (e-Governance Academy)".
    // Its lazy name runs on the backtracking engine, so it is generated at build time rather than interpreted.
    [GeneratedRegex(
        @"\b(?<head>Bệnh viện|Trường Đại học|Đại học|Học viện|Viện|Trung tâm|Tổ chức|Quỹ|Cơ quan|Hiệp hội|Chương trình)(?<name>(?:\s+[\p{L}\p{M}\d&-]+){1,8}?)\s*\((?<latin>[A-Za-z][A-Za-z&.-]*(?:\s+[A-Za-z&.-]+){1,6})\)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NameWithLatinOriginal();

    // Latin-script institutions without a Vietnamese head: "Samsung Medical Center", "Operation Smile".
    private static readonly Regex LatinInstitution = new(
        @"\b(?:[A-Z][a-z]+\s+){1,4}(?:Center|Centre|Hospital|University|Institute|Foundation|Clinic|Smile|Trust|Fund|Agency|College|School|Society|Association|Alliance|Initiative)\b|\b(?:Centre|Center|Hospital|University|Institute|Operation|Klinikum|Universitätsklinikum|Klinik|Clinique|Hôpital|Universität|Université|CHU|CHRU|AP-HP|Charité)(?:\s+(?:[A-Z][\p{L}'’-]*\.?|[a-z]{2,8}))+",
        Options);

    private static readonly HashSet<string> Governments = new(StringComparer.OrdinalIgnoreCase) { "chính quyền", "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND" };

    private static readonly string[] ListAdminWords = ["tỉnh ", "thành phố ", "TP "];

    private static readonly HashSet<string> GenericHeads = new(StringComparer.OrdinalIgnoreCase) { "Tập đoàn", "Công ty", "Hãng", "Tổ chức" };

    private static readonly HashSet<string> AdminWords = new(StringComparer.OrdinalIgnoreCase) { "tỉnh", "thành", "phố", "TP", "TP.", "vùng", "bang", "quận", "huyện", "thủ", "đô" };

    private readonly Gazetteer gazetteer;
    private readonly Dictionary<string, string> countryByAlias;
    private readonly InstitutionOwner owners;
    private readonly CountryPartnerFinder countryPartners;
    private readonly AliasMatcher<GazetteerEntry> entries;
    private readonly Dictionary<string, GazetteerEntry> entryByAlias;
    private readonly LooseTransliterations looseSpellings;

    /// <summary>Creates the extractor.</summary>
    /// <param name="gazetteer">Countries, organisations and cities.</param>
    public PartnerExtractor(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
        countryByAlias = gazetteer.Countries.Values.SelectMany(c => c.Aliases.Select(a => (a, c.CountryCode!)))
            .GroupBy(p => p.a, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);
        owners = new InstitutionOwner(gazetteer, countryByAlias);
        countryPartners = new CountryPartnerFinder(gazetteer, countryByAlias);
        entries = new AliasMatcher<GazetteerEntry>(
            gazetteer.Entries.SelectMany(e => e.Aliases.SelectMany(HyphenCases).Concat(e.Kind == "org" ? e.Aliases.Select(LowercaseHead) : []).Select(a => (a, e))),
            (alias, entry) => entry.Kind == "org" && alias.Count(c => c == ' ') >= 2);
        var transliterated = gazetteer.Entries.Where(e => e.Kind == "city" && e.CountryCode is { } code && Gazetteer.TransliteratedCountries.Contains(code)).ToList();
        looseSpellings = new LooseTransliterations(
            transliterated,
            gazetteer.Provinces.Concat(gazetteer.Places.Keys).Concat(gazetteer.Domestic).Concat(gazetteer.Entries.Except(transliterated).SelectMany(e => e.Aliases)));
        entryByAlias = gazetteer.Entries.SelectMany(e => e.Aliases.Select(a => (a, e))).DistinctBy(p => p.a, StringComparer.Ordinal).ToDictionary(p => p.a, p => p.e, StringComparer.Ordinal);
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
        var countryMentions = countryPartners.Mentions(matching);
        var sides = SideSections.Find(matching, countryByAlias);
        var institutions = InstitutionScanner.Find(matching).Select(n => (Name: n, Owner: owners.Of(matching, n) ?? SideOwner(sides, n.Start))).ToList();
        for (var i = 1; i + 1 < institutions.Count; i++)
        {
            if (institutions[i].Owner is null && ListedBetweenOneCountrysBodies(matching, institutions, i) is { } listed)
            {
                institutions[i] = (institutions[i].Name, listed);
            }
        }

        var found = new List<PartnerFact>();
        foreach (Match match in HeadWithCountry.Matches(matching))
        {
            var country = match.Groups["country"].Value.Trim();
            if (!countryByAlias.TryGetValue(country, out var code))
            {
                continue;
            }

            var span = (match.Groups["head"].Value + match.Groups["name"].Value).TrimEnd();
            var known = entryByAlias.GetValueOrDefault(span);
            found.Add(new PartnerFact(span, known?.Key ?? Slug(span), "org", gazetteer.CountryName(code), code, text.Substring(match.Index, span.Length), match.Index));
        }

        foreach (Match match in NameWithLatinOriginal().Matches(matching))
        {
            // A place in brackets says where the body is ("Bệnh viện huyện Ponhea Krek (Tboung Khmum)"), not its original name.
            var latin = match.Groups["latin"].Value.Trim();
            if (match.Groups["name"].Value.Contains("Việt", StringComparison.Ordinal) || IsPlace(latin))
            {
                continue;
            }

            var name = (match.Groups["head"].Value + match.Groups["name"].Value).Trim();
            found.Add(new PartnerFact(name, Slug(match.Groups["latin"].Value), "org", null, null, text.Substring(match.Index, match.Length), match.Index));
        }

        foreach (Match match in LatinInstitution.Matches(matching))
        {
            // German and French names carry lowercase words inside ("Klinikum rechts der Isar"), never at their end.
            var value = TrimLowercaseTail(match.Value);
            if (!value.Contains(' ', StringComparison.Ordinal) || (value.StartsWith("CHU", StringComparison.Ordinal) && !IsFrenchTown(value)))
            {
                continue;
            }

            var known = entryByAlias.GetValueOrDefault(value);
            found.Add(new PartnerFact(known?.Name ?? value, known?.Key ?? Slug(value), "org", known?.CountryCode is { } home ? gazetteer.CountryName(home) : null, known?.CountryCode, text.Substring(match.Index, value.Length), match.Index));
        }

        foreach (var (start, end, code) in ForeignNameWithCountry.Find(matching, countryByAlias, IsPlace))
        {
            var span = text[start..end];
            var known = entryByAlias.GetValueOrDefault(matching[start..end]);
            found.Add(new PartnerFact(known?.Name ?? span, known?.Key ?? Slug(span), known?.Kind ?? "org", gazetteer.CountryName(code), code, span, start));
        }

        foreach (var (start, end, code) in ExampleListNames.Find(matching, countryPartners.FirstForeignCountry))
        {
            var span = text[start..end];
            var known = entryByAlias.GetValueOrDefault(matching[start..end]);
            found.Add(new PartnerFact(known?.Name ?? span, known?.Key ?? Slug(span), known?.Kind ?? "org", gazetteer.CountryName(code), code, span, start));
        }

        foreach (var (start, end, code) in SentenceCaseNames.Find(matching, countryMentions))
        {
            var span = text[start..end];
            // A known body's name in any case is that body ("Cơ quan phát triển quốc tế Hoa Kỳ").
            var known = entries.Find(matching[start..end]).Where(e => e.Start == 0 && e.Length == end - start).Select(e => e.Value).FirstOrDefault();
            found.Add(new PartnerFact(known?.Name ?? span, known?.Key ?? Slug(owners.CanonicalName(matching[start..end], gazetteer.CountryName) ?? span), known?.Kind ?? "org", gazetteer.CountryName(code), code, span, start));
        }

        foreach (var (start, end) in BareForeignNames.Find(matching, IsNoBody))
        {
            var span = text[start..end];
            var known = entryByAlias.GetValueOrDefault(matching[start..end]);
            // An institution named after its seat ("Johns Hopkins", "Stanford") is of the seat's country.
            var code = known?.CountryCode ?? gazetteer.Places.GetValueOrDefault(matching[start..end]) ?? countryPartners.FirstForeignCountry(SentenceAround(matching, start));
            found.Add(new PartnerFact(known?.Name ?? span, known?.Key ?? Slug(span), known?.Kind ?? "org", gazetteer.CountryName(code), code, span, start));
        }

        // A few mentions of each known name: its first may sit inside a longer name ("Phái đoàn Ủy ban châu Âu").
        var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        // A city inside an institution's name is part of the name ("Bệnh viện Chợ Rẫy Phnom Penh"), not a side.
        var named = new SpanIndex(institutions.Select(i => (i.Name.Start, i.Name.End)));
        // A place inside a longer place's name that only locates ("Khu tự trị dân tộc Choang Quảng Tây") is not read again alone.
        var locating = new List<(int Start, int End)>();
        var listedPlaces = new List<(int At, int Length, GazetteerEntry Entry)>();
        foreach (var (at, length, entry) in entries.Find(matching).Concat(looseSpellings.Find(matching)))
        {
            if (entry.Kind == "city" && locating.Exists(l => l.Start < at && at + length <= l.End))
            {
                continue;
            }

            var side = entry.Kind != "city" || (countryPartners.TakesPart(matching, at, length) && !named.Overlaps(at, at + length));
            if (!side)
            {
                locating.Add((at, at + length));
                if (!named.Overlaps(at, at + length))
                {
                    listedPlaces.Add((at, length, entry));
                }
            }

            if (side && !MentionContext.NamesProduct(matching, at) && CollectionsMarshal.GetValueRefOrAddDefault(mentions, entry.Key, out _)++ < 3)
            {
                var end = BracketedAliasEnd(matching, at + length, entry);
                found.Add(new PartnerFact(entry.Name, entry.Key, entry.Kind, gazetteer.CountryName(entry.CountryCode), entry.CountryCode, text[at..end], at));
                if (entry.Kind == "org" && MentionContext.OfficeOf(matching, at, end) is { } office)
                {
                    // The body's office in a country is a partner of its own, as an embassy is ("Văn phòng WHO tại Việt Nam").
                    var span = text[office.Start..office.End];
                    found.Add(new PartnerFact(span, Slug(span), "org", gazetteer.CountryName(entry.CountryCode), entry.CountryCode, span, office.Start));
                }
            }
        }

        // A place listed with a place that is a side is a side too ("với các tỉnh Luông Pha Bang, Phông Xa Lỳ và U Đôm Xay").
        for (var i = listedPlaces.Count - 1; i >= 0; i--)
        {
            var (at, length, entry) = listedPlaces[i];
            var next = ListItemAfter(matching, at + length);
            if (next >= 0 && found.Exists(f => f.Start == next && f.Kind == "city" && f.CountryCode == entry.CountryCode))
            {
                found.Add(new PartnerFact(entry.Name, entry.Key, entry.Kind, gazetteer.CountryName(entry.CountryCode), entry.CountryCode, text[at..(at + length)], at));
            }
        }

        foreach (var (name, owner) in institutions)
        {
            // A lowercase head over two sides ("quân đội Lào và Campuchia") is a kind of body, not one institution.
            if (owner is { IsForeign: true } && !NamesKnownBody(matching, name) && !(char.IsLower(name.Head[0]) && name.BodyText.Contains(" và ", StringComparison.Ordinal)))
            {
                var nameEnd = owners.NameEnd(matching, name);
                var bracketed = matching[nameEnd..name.End].Trim(' ', '(', ')');
                var end = nameEnd == name.NameEnd && !IsPlace(bracketed) ? name.End : nameEnd;
                var plain = text[name.Start..nameEnd];
                // A known body's name after a generic head is that body ("Tập đoàn Siemens Healthineers", "Tổ chức PATH"); after
                // other heads it is a unit of the body ("Văn phòng Bộ Y tế Lào").
                var known = entryByAlias.GetValueOrDefault(matching[name.Start..nameEnd]) ?? GovernedPlace(name)
                    ?? (GenericHeads.Contains(name.Head) && nameEnd == name.NameEnd && name.Located.Count == 0 && entryByAlias.GetValueOrDefault(name.BodyText) is { Kind: "org" } body ? body : null);
                // A name owned only by the side it is listed under takes the country into its key ("Bộ Y tế" of Laos).
                var canonical = owners.CanonicalName(matching[name.Start..nameEnd], gazetteer.CountryName)
                    ?? (owners.Of(matching, name) is null && owner.CountryCode is { } side ? $"{plain} {gazetteer.CountryName(side)}" : plain);
                found.Add(new PartnerFact(known?.Name ?? plain, known?.Key ?? Slug(canonical), known?.Kind ?? "org", gazetteer.CountryName(owner.CountryCode), owner.CountryCode, text[name.Start..end], name.Start));
            }
        }

        // Longest mention wins where mentions overlap; then one fact per partner, at its first mention.
        var accepted = new List<PartnerFact>();
        var acceptedSpans = new SortedList<int, int>();
        foreach (var fact in found.OrderByDescending(f => f.Span.Length).ThenBy(f => f.Start))
        {
            // A news outlet reports the cooperation; it takes no part in it ("theo hãng tin Yonhap (Hàn Quốc)"). A body cited
            // as an authority gives a figure or advice, not help ("theo khuyến cáo của WHO", "WHO ước tính").
            if (MentionContext.ReportsOrCites(matching, fact.Start, fact.Start + fact.Span.Length))
            {
                continue;
            }

            if (!OverlapsDisjoint(acceptedSpans, fact.Start, fact.Start + fact.Span.Length))
            {
                accepted.Add(fact);
                acceptedSpans[fact.Start] = Math.Max(acceptedSpans.GetValueOrDefault(fact.Start), fact.Start + fact.Span.Length);
            }
        }

        // Countries that act themselves fill what is left: a country inside a name or a partner is not free.
        var taken = accepted.Select(a => (a.Start, a.Start + a.Span.Length)).Concat(institutions.Select(i => (i.Name.Start, i.Name.End))).ToList();
        var takenIndex = new SpanIndex(taken);
        accepted.AddRange(countryPartners.Find(text, matching, takenIndex, countryMentions).Where(c => !accepted.Any(a => a.Key == c.Key)));

        // One partner per key, and per key without administrative words ("Bệnh viện Nhân dân số 1 Nam Ninh" is "... số 1
        // thành phố Nam Ninh" written shorter).
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var partners = accepted.OrderBy(f => f.Start).Where(f => keys.Add(f.Key) & keys.Add(WithoutAdminWords(f.Key))).ToList();
        var acceptedIndex = new SpanIndex(accepted.Select(a => (a.Start, a.Start + a.Span.Length)));
        var foundOrgs = new SpanIndex(found.Where(f => f.Kind == "org").Select(f => (f.Start, f.Start + f.Span.Length)));
        // Names of known foreign or international bodies are never Vietnamese, at whatever mention ("Quỹ Toàn cầu").
        var domestic = institutions.Where(i => i.Owner is null or { IsForeign: false } && !ShortFormOfAPartner(i.Name, partners))
            .Select(i => (i.Name, End: owners.NameEnd(matching, i.Name)))
            .Select(i => new PartnerFact(text[i.Name.Start..i.End], string.Empty, "org", "Việt Nam", "VN", text[i.Name.Start..i.End], i.Name.Start))
            .Where(d => !acceptedIndex.Overlaps(d.Start, d.Start + d.Span.Length) && !foundOrgs.Overlaps(d.Start, d.Start + d.Span.Length) && !entries.Find(d.Span).Any(e => e.Value.Kind == "org")
                && !RenamedAsKnownBody(matching, d.Start + d.Span.Length))
            .ToList();
        var vietnam = partners.Count == 0 ? null : countryPartners.Vietnam(text, matching, new SpanIndex(taken.Concat(partners.Select(p => (p.Start, p.Start + p.Span.Length)))));
        return new PartnerAnalysis(partners, domestic, vietnam);
    }

    /// <summary>
    /// Whether a name is followed, in its clause, by a known international or foreign body's name in brackets: the name
    /// is that body's, spelled out in Vietnamese ("Quỹ phòng chống AIDS, lao và sốt rét (Quỹ Toàn cầu)").
    /// </summary>
    private bool RenamedAsKnownBody(string matching, int end)
    {
        var limit = Math.Min(matching.Length, end + 60);
        for (var at = end; at < limit; at++)
        {
            var c = matching[at];
            // Only the name's own lowercase tail may come between; another name starts with a capital.
            if (c is '.' or ';' or '\n' or ')' || char.IsUpper(c))
            {
                return false;
            }

            if (c == '(')
            {
                var close = matching.IndexOf(')', at, Math.Min(60, matching.Length - at));
                return close > at && entryByAlias.GetValueOrDefault(matching[(at + 1)..close].Trim()) is { Kind: "org", CountryCode: not "VN" };
            }
        }

        return false;
    }

    /// <summary>
    /// The place a local government governs, for "chính quyền vùng Mandalay" or "UBND thành phố Leipzig": the government
    /// acts for its province or city, which is the partner (ANNOTATION keys one partner per place).
    /// </summary>
    private GazetteerEntry? GovernedPlace(InstitutionName name)
    {
        if (!Governments.Contains(name.Head))
        {
            return null;
        }

        var body = name.Body.SkipWhile(w => AdminWords.Contains(w.Text)).Select(w => w.Text);
        return entryByAlias.GetValueOrDefault(string.Join(' ', body)) is { Kind: "city" } city ? city : null;
    }

    /// <summary>
    /// Whether a name opened by "CHU" or "CHRU" goes on with a French town in mixed case ("CHU de Bordeaux", "CHU Nantes"):
    /// a heading in capitals spells Vietnamese words that way too ("CHU KỲ").
    /// </summary>
    private static bool IsFrenchTown(string name)
    {
        var words = name.Split(' ');
        var town = words.Skip(1).FirstOrDefault(w => w.Length > 0 && char.IsUpper(w[0]));
        return town is { Length: > 1 } && town.Skip(1).Any(char.IsLower) && !VietnameseSyllable.IsSyllable(town);
    }

    /// <summary>A Latin-script name without the lowercase words it ended on (the sentence's words, not the name's).</summary>
    private static string TrimLowercaseTail(string name)
    {
        var end = name.Length;
        while (end > 0)
        {
            var space = name.LastIndexOf(' ', end - 1);
            if (space < 0 || char.IsUpper(name[space + 1]))
            {
                break;
            }

            end = space;
        }

        return name[..end];
    }

    /// <summary>A place, a country or a name with a Vietnamese brand's word ("Vinmec"): not a foreign body.</summary>
    private bool IsNoBody(string name) =>
        countryByAlias.ContainsKey(name) || entryByAlias.GetValueOrDefault(name) is { Kind: "city" } || name.Split(' ').Any(gazetteer.Domestic.Contains);

    /// <summary>
    /// Whether a name is a foreign partner's named again shortly: the same head and the partner's last words
    /// ("chính quyền Đông Hưng" after "Chính quyền nhân dân thành phố Đông Hưng"), where the place alone, also a
    /// Vietnamese name, would make it read Vietnamese.
    /// </summary>
    private static bool ShortFormOfAPartner(InstitutionName name, List<PartnerFact> partners) =>
        name.Located.Count == 0 && partners.Exists(p => p.Kind == "org" && p.CountryCode is not null and not "VN" && p.Span.Length > name.Head.Length + name.BodyText.Length + 1
            && p.Span.StartsWith(name.Head, StringComparison.OrdinalIgnoreCase) && p.Span.EndsWith(" " + name.BodyText, StringComparison.Ordinal));

    /// <summary>A key without its administrative words, for telling one name written shorter from another.</summary>
    private static string WithoutAdminWords(string key)
    {
        var parts = key.Split('-');
        return parts.Length < 3 ? "~" + key : "~" + string.Join('-', parts.Where(p => p is not ("tinh" or "thanh" or "pho" or "tp")));
    }

    /// <summary>Where the next item of a list starts after <paramref name="end"/> (", ", " và ", "tỉnh " skipped); -1 when no list goes on.</summary>
    private static int ListItemAfter(string matching, int end)
    {
        var rest = matching.AsSpan(end);
        var skipped = rest.StartsWith(", và ", StringComparison.Ordinal) ? 5 : rest.StartsWith(" và ", StringComparison.Ordinal) ? 4 : rest.StartsWith(", ", StringComparison.Ordinal) ? 2 : -1;
        if (skipped < 0)
        {
            return -1;
        }

        foreach (var admin in ListAdminWords)
        {
            if (rest[skipped..].StartsWith(admin, StringComparison.Ordinal))
            {
                skipped += admin.Length;
                break;
            }
        }

        return end + skipped;
    }

    /// <summary>The sentence around <paramref name="at"/>, at most a few hundred characters each way.</summary>
    private static string SentenceAround(string text, int at)
    {
        var from = Math.Max(0, at - 300);
        var start = text.LastIndexOfAny(['.', '\n', ';', '!', '?'], at, at - from) + 1;
        start = Math.Max(start, from);
        var limit = Math.Min(text.Length, at + 300);
        var end = text.IndexOfAny(['.', '\n', ';', '!', '?'], at, limit - at);
        return text[start..(end < 0 ? limit : end)];
    }

    /// <summary>A country, a well-known foreign place or a gazetteer city: in brackets after a name it locates the name.</summary>
    private bool IsPlace(string name) =>
        countryByAlias.ContainsKey(name) || gazetteer.Places.ContainsKey(name) || entryByAlias.GetValueOrDefault(name) is { Kind: "city" };

    /// <summary>A name that does not say whose it is, inside a foreign side's list of participants, is that side's.</summary>
    /// <summary>
    /// The owner of a name whose wording does not say whose it is, listed between two bodies of one foreign country
    /// ("Bộ Y tế công cộng Cuba, Trung tâm Miễn dịch phân tử (CIM) và Tập đoàn BioCubaFarma"): news list one side's
    /// bodies together. A name at either end of a list may be the other side's, so only a name between two counts.
    /// </summary>
    private static Ownership? ListedBetweenOneCountrysBodies(string matching, List<(InstitutionName Name, Ownership? Owner)> institutions, int i)
    {
        var (before, after) = (institutions[i - 1], institutions[i + 1]);
        return before.Owner is { IsForeign: true, CountryCode: { } code } && after.Owner is { IsForeign: true } next && next.CountryCode == code
            && IsListSeparator(matching, before.Name.End, institutions[i].Name.Start) && IsListSeparator(matching, institutions[i].Name.End, after.Name.Start)
            ? before.Owner
            : null;
    }

    private static bool IsListSeparator(string matching, int end, int start) =>
        start > end && start - end <= 6 && matching.AsSpan(end, start - end).Trim() is "," or "và" or ", và" or ";";

    private static Ownership? SideOwner(List<(int Start, int End, string Code)> sides, int at)
    {
        foreach (var (start, end, code) in sides)
        {
            if (at >= start && at < end)
            {
                return code == "VN" ? null : new Ownership(true, code);
            }
        }

        return null;
    }

    /// <summary>The end of a name's own acronym or other alias in brackets right after it ("... (JICA)"), else <paramref name="end"/>.</summary>
    private int BracketedAliasEnd(string matching, int end, GazetteerEntry entry)
    {
        var open = end < matching.Length && matching[end] == ' ' ? end + 1 : end;
        if (open >= matching.Length || matching[open] != '(')
        {
            return end;
        }

        var close = matching.IndexOf(')', open, Math.Min(60, matching.Length - open));
        return close > open + 1 && close - open < 60 && entryByAlias.TryGetValue(matching[(open + 1)..close], out var same) && same.Key == entry.Key ? close + 1 : end;
    }

    /// <summary>
    /// Whether a scanned name is a known body's name with at most lowercase words after it ("Liên minh châu Âu khởi
    /// công..."): the gazetteer's mention is the better span and key.
    /// </summary>
    private bool NamesKnownBody(string matching, InstitutionName name)
    {
        foreach (var (at, length, entry) in entries.Find(matching[name.Start..name.NameEnd]))
        {
            if (at == 0 && entry.Kind == "org")
            {
                var rest = matching.AsSpan(name.Start + length, name.NameEnd - name.Start - length);
                foreach (var c in rest)
                {
                    if (char.IsUpper(c))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A hyphenated transliteration as news capitalise it: as listed, each part capitalised ("Luông-Pha-Bang") and
    /// only the first ("Luông-pha-bang").
    /// </summary>
    private static IEnumerable<string> HyphenCases(string alias)
    {
        yield return alias;
        if (!alias.Contains('-', StringComparison.Ordinal) || alias.Length < 3 || !char.IsUpper(alias[0]))
        {
            yield break;
        }

        var parts = alias.Split('-');
        yield return string.Join('-', parts.Select(p => p.Length > 0 ? char.ToUpperInvariant(p[0]) + p[1..] : p));
        yield return parts[0] + string.Concat(parts.Skip(1).Select(p => "-" + (p.Length > 0 && !p.Contains(' ', StringComparison.Ordinal) ? char.ToLowerInvariant(p[0]) + p[1..] : p)));
    }

    /// <summary>An organisation's name with its head noun in lowercase, as running text writes it ("cộng đồng châu Âu", "quỹ Toàn cầu").</summary>
    private static string LowercaseHead(string alias) =>
        alias.Length > 1 && char.IsUpper(alias[0]) && char.IsLower(alias[1]) && alias.Contains(' ', StringComparison.Ordinal) ? char.ToLowerInvariant(alias[0]) + alias[1..] : alias;

    /// <summary>Whether [start, end) overlaps one of <paramref name="spans"/>, which are disjoint and keyed by start.</summary>
    private static bool OverlapsDisjoint(SortedList<int, int> spans, int start, int end)
    {
        // Disjoint spans end in the order they start: only the last one starting before the end can reach the start.
        var keys = spans.Keys;
        var (low, high) = (0, keys.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (keys[middle] < end)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low > 0 && spans.Values[low - 1] > start;
    }

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
