using Pipeline.Text;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// Finds the Vietnamese participants of a cooperation from what the partner analysis read: Vietnamese institution
/// names (and names whose wording does not say whose they are, which in Vietnamese news are Vietnamese) in a sentence
/// with a partner or a cooperation verb; Vietnam itself where it is a side; provinces and cities named as such ("tỉnh
/// Điện Biên", "thành phố Đà Nẵng"), listed after "các tỉnh", or written bare where they act as a side ("giúp Quảng
/// Nam"), but not where they only locate. Only texts with a foreign partner have parties; names that overlap a partner
/// are the partner's. Each party is reported once.
/// </summary>
public static class PartyExtractor
{
    private static readonly string[] Cues =
    [
        "hợp tác", "ký kết", "ghi nhớ", "thỏa thuận", "thoả thuận", "tiếp nhận", "tiếp đoàn", "làm việc với", "phối hợp", "chuyển giao", "bàn giao",
        "tài trợ", "viện trợ", "đối tác", "triển khai dự án", "đầu mối", "thụ hưởng", "thăm", "hội đàm", "tiếp", "đón", "gặp", "trao", "tặng", "hỗ trợ",
        "đào tạo", "giúp", "tham dự", "Tham dự", "tới dự", "đến dự", "về phía Việt Nam", "phía Việt Nam có",
        "phân bổ", "phân phối", "chủ quản", "chủ đầu tư", "chủ trì",
    ];

    // Words right before a name that credit it for a picture or the text, or name a venue. "Theo X" is left alone: the
    // body a report cites is mostly one of the sides.
    private static readonly string[] SourceWords = ["Nguồn:", "nguồn:", "Ảnh:", "ảnh:", "diễn ra tại", "tổ chức tại"];

    // Words after a name that make it a unit of what follows ("Văn phòng ... của Quốc hội Hàn Quốc").
    private static readonly string[] PartOf = [" của ", " thuộc "];

    // The cues as written and as they open a sentence ("Hợp tác giữa...").
    private static readonly string[] AllCues = Cues.Concat(Cues.Select(c => char.ToUpperInvariant(c[0]) + c[1..])).Distinct(StringComparer.Ordinal).ToArray();

    private static readonly AliasMatcher<string> NoProvinces = new([]);

    // A text without sentence ends (a run of names, a list) must not make every name scan all of it.
    private const int MaxSentence = 2_000;

    // Words after which a bare province is one of the sides: it is helped, led, or paired.
    private static readonly string[] SideWordsBefore = ["giúp ", "cho ", "với ", "lãnh đạo ", "Lãnh đạo ", "giữa ", "Ngành Y tế ", "Ngành y tế "];

    // Verbs a province does as a side, right after its bare name.
    private static readonly string[] SideVerbsAfter =
    [
        " tiếp ", " tiếp nhận", " trao ", " tặng ", " bàn giao", " hỗ trợ", " ký ", " hợp tác", " đón ", " cử ", " gửi ", " giúp ", " đã ", " sẽ ", ": ",
    ];

    // Words after which a province is where something is or goes, or whose something is: not a side itself.
    private static readonly string[] PlaceWords = ["(", "tại ", "ở ", "sang ", "đến ", "tới ", "về ", "của "];

    // Units below a province that open the earlier lines of an address.
    private static readonly string[] SmallerPlaces = ["phường ", "xã ", "huyện ", "quận ", "thị xã ", "thị trấn ", "thôn ", "bản ", "Phường ", "Xã ", "Huyện ", "Quận "];

    private static readonly string[] ProvincePrefixes = ["tỉnh ", "thành phố ", "Tỉnh ", "Thành phố ", "TP ", "TP. ", "các tỉnh: ", "các tỉnh ", "ngành Y tế ", "ngành y tế "];

    /// <summary>Finds parties.</summary>
    /// <param name="text">NFC text; offsets refer to it.</param>
    /// <param name="analysis">The partner analysis of the same text: partners, domestic institution names, Vietnam as a side.</param>
    /// <param name="gazetteer">The gazetteers whose Vietnamese provinces and cities are parties too; null for none.</param>
    /// <returns>Parties in text order, each once.</returns>
    public static IReadOnlyList<PartnerFact> Extract(string text, PartnerAnalysis analysis, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analysis);
        var partners = analysis.Partners;
        var parties = new List<PartnerFact>();
        if (partners.Count == 0)
        {
            return parties;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var institution in analysis.Domestic)
        {
            var (sentenceStart, sentenceEnd) = Sentence(text, institution.Start);
            if (IsProgramme(institution.Span) || IsSourceOrVenue(text, institution.Start) || Overlaps(parties, institution.Start, institution.Span.Length) || Overlaps(partners, institution.Start, institution.Span.Length)
                || IsUnitOfPartner(text, institution.Start + institution.Span.Length, partners)
                || (!partners.Any(p => p.Start >= sentenceStart && p.Start < sentenceEnd) && !HasCue(text, sentenceStart, sentenceEnd)))
            {
                continue;
            }

            var party = institution.Key.Length > 0 ? institution : institution with { Key = KeyOf(institution.Name) };
            if (keys.Add(party.Key))
            {
                parties.Add(party);
            }
        }

        if (analysis.Vietnam is { } vietnam && !Overlaps(parties, vietnam.Start, vietnam.Span.Length) && keys.Add(vietnam.Key))
        {
            parties.Add(vietnam);
        }

        AddProvinces(text, partners, analysis.Domestic, gazetteer?.ProvinceNames ?? NoProvinces, parties, keys);

        // A short form of a longer party ("Sở Y tế" after "Sở Y tế Hà Nội") is the same party.
        return parties.Where(p => !parties.Any(q => q.Span.Length > p.Span.Length && q.Span.StartsWith(p.Span + " ", StringComparison.Ordinal)))
            .OrderBy(p => p.Start).ToList();
    }

    /// <summary>
    /// Whether the name at <paramref name="start"/> is credited for a picture or the text ("Ảnh: Bệnh viện X", "Nguồn: Sở
    /// Y tế"), names where an event takes place ("diễn ra tại Bệnh viện X") or, in brackets after another name, whose that
    /// one is ("Cục Quân y (Bộ Quốc phòng)"): at that mention it is not a side.
    /// </summary>
    private static bool IsSourceOrVenue(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        if (before.Length > 1 && before[^1] == '(' && before[..^1].TrimEnd(' ') is { Length: > 0 } owned && char.IsLetterOrDigit(owned[^1]))
        {
            return true;
        }

        return WordsBefore.Ending(before, SourceWords, StringComparison.Ordinal) is not null;
    }

    /// <summary>A name followed by "của" or "thuộc" and a partner is a unit of that partner, not a Vietnamese side.</summary>
    private static bool IsUnitOfPartner(string text, int end, IReadOnlyList<PartnerFact> partners)
    {
        foreach (var word in PartOf)
        {
            if (string.CompareOrdinal(text, end, word, 0, word.Length) == 0)
            {
                var next = end + word.Length;
                return partners.Any(p => p.Start == next);
            }
        }

        return false;
    }

    /// <summary>
    /// A project or programme is what the sides carry out, not a side ("dự án LHSS", "Chương trình Tiêm chủng mở rộng").
    /// A national programme ("Chương trình Chống lao Quốc gia") is a standing body with its own office and acts as one.
    /// </summary>
    private static bool IsProgramme(string span) =>
        span.StartsWith("Dự án", StringComparison.OrdinalIgnoreCase)
        || (span.StartsWith("Chương trình", StringComparison.OrdinalIgnoreCase) && !span.EndsWith("Quốc gia", StringComparison.OrdinalIgnoreCase));

    /// <summary>Provinces named as such, listed or acting as a side, each at its first such mention outside an institution name.</summary>
    private static void AddProvinces(string text, IReadOnlyList<PartnerFact> partners, IReadOnlyList<PartnerFact> domestic, AliasMatcher<string> provinces, List<PartnerFact> parties, HashSet<string> keys)
    {
        var domesticSpans = new SpanIndex(domestic.Select(d => (d.Start, d.Start + d.Span.Length)));
        // Names are listed with one tone placement ("Thanh Hóa"); news write either ("Thanh Hoá"). The length is the same.
        var matching = ToneMarks.ToTraditionalPlacement(text);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (at, length, province) in provinces.Find(matching))
        {
            var end = at + length;

            // A later item of "các tỉnh: A, B và C" stands as the first does; its comma is the list's, not an address's.
            var listed = InProvinceList(text, at);
            if (done.Contains(province) || Overlaps(parties, at, length) || Overlaps(partners, at, length)
                || domesticSpans.Overlaps(at, end) || !(IsPrefixed(text, at) || listed || ActsAsSide(text, at, end)) || (!listed && Locates(text, at)))
            {
                continue;
            }

            done.Add(province);
            var key = PartnerExtractor.Slug(province);
            if (keys.Add(key))
            {
                parties.Add(new PartnerFact(province, key, "city", "Việt Nam", "VN", text.Substring(at, length), at));
            }
        }
    }

    /// <summary>
    /// A province written bare that is a side by where it stands: after a word that names a side ("giúp Quảng Nam", "lãnh
    /// đạo Hòa Bình", "giữa Lào Cai và..."), or before a verb it does ("Nghệ An tiếp nhận", "Tây Ninh đã trao"), in a
    /// sentence about cooperation.
    /// </summary>
    private static bool ActsAsSide(string text, int at, int end)
    {
        var (sentenceStart, sentenceEnd) = Sentence(text, at);
        if (!HasCue(text, sentenceStart, sentenceEnd))
        {
            return false;
        }

        if (WordsBefore.Ending(text.AsSpan(sentenceStart, at - sentenceStart), SideWordsBefore, StringComparison.Ordinal) is not null)
        {
            return true;
        }

        var after = text.AsSpan(end, Math.Min(sentenceEnd, text.Length) - end);
        foreach (var verb in SideVerbsAfter)
        {
            if (after.StartsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A province after "tại", "ở", "sang" or a bracket says where something happens, sits or goes ("tại TP Hồ Chí Minh"), after "của" whose something is; so does an address.</summary>
    private static bool Locates(string text, int at)
    {
        var from = Math.Max(0, at - 16);
        var before = text.AsSpan(from, at - from);
        foreach (var prefix in (string[])["tỉnh ", "thành phố ", "TP ", "TP. "])
        {
            if (before.EndsWith(prefix, StringComparison.Ordinal))
            {
                before = before[..^prefix.Length];
                break;
            }
        }

        foreach (var word in PlaceWords)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return IsAddress(text, from + before.Length);
    }

    /// <summary>
    /// A province after a comma that closes a smaller place ("phường Móng Cái 1, tỉnh Quảng Ninh", "huyện Mường Tè, Lai
    /// Châu") is the last line of an address: where someone lives or something is, not a side.
    /// </summary>
    private static bool IsAddress(string text, int prefixStart)
    {
        var at = prefixStart;
        while (at > 0 && text[at - 1] == ' ')
        {
            at--;
        }

        if (at == 0 || text[at - 1] != ',')
        {
            return false;
        }

        var from = Math.Max(0, at - 40);
        var segment = text.AsSpan(from, at - 1 - from);
        var comma = segment.LastIndexOfAny(',', '.', '(');
        segment = comma >= 0 ? segment[(comma + 1)..] : segment;

        // "tại thành phố Lạng Sơn, tỉnh Lạng Sơn": the place named after "tại" goes on past the comma.
        if (segment.TrimStart().StartsWith("tại ", StringComparison.Ordinal) || segment.Contains(" tại ", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var place in SmallerPlaces)
        {
            var found = segment.IndexOf(place, StringComparison.Ordinal);
            if (found >= 0 && (found == 0 || segment[found - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A party's key without the "tỉnh" or "thành phố" before its province, so "Sở Y tế tỉnh Lào Cai" and "Sở Y tế Lào Cai"
    /// are one party, and without a closing "Việt Nam".
    /// </summary>
    private static string KeyOf(string name)
    {
        // "Bộ Y tế Việt Nam" is "Bộ Y tế" on the Vietnamese side: the country that ends a name is not part of it (ANNOTATION).
        var own = name.EndsWith(" Việt Nam", StringComparison.Ordinal) && name.Count(c => c == ' ') > 2 ? name[..^" Việt Nam".Length] : name;
        return PartnerExtractor.Slug(own.Replace(" tỉnh ", " ", StringComparison.Ordinal).Replace(" thành phố ", " ", StringComparison.Ordinal).Replace(" TP ", " ", StringComparison.Ordinal));
    }

    private static bool IsPrefixed(string text, int at)
    {
        foreach (var prefix in ProvincePrefixes)
        {
            if (at >= prefix.Length && string.CompareOrdinal(text, at - prefix.Length, prefix, 0, prefix.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A province later in a list opened by "các tỉnh" ("các tỉnh: Bắc Giang, Bắc Ninh, Hà Nam").</summary>
    private static bool InProvinceList(string text, int at)
    {
        var from = Math.Max(0, at - 80);
        var window = text.AsSpan(from, at - from);
        var open = window.LastIndexOf("tỉnh", StringComparison.Ordinal);
        if (open < 2 || !(window[..open].EndsWith("các ", StringComparison.Ordinal) || window[..open].EndsWith("Các ", StringComparison.Ordinal)))
        {
            return false;
        }

        // "các tỉnh: A, B và C", "Các tỉnh tham gia gồm A, B và C".
        var between = window[(open + "tỉnh".Length)..];
        return between.IndexOfAny('.', '\n', ';') < 0 && (between.EndsWith(", ") || between.EndsWith(" và ") || between.EndsWith(": ") || between.EndsWith(" gồm ") || between.EndsWith(" gồm: "));
    }

    private static bool Overlaps(IEnumerable<PartnerFact> facts, int start, int length) =>
        facts.Any(p => p.Start < start + length && start < p.Start + p.Span.Length);

    private static bool HasCue(string text, int start, int end)
    {
        var sentence = text.AsSpan(start, end - start);
        foreach (var cue in AllCues)
        {
            if (sentence.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence around <paramref name="position"/>, at most <see cref="MaxSentence"/> characters each way.</summary>
    private static (int Start, int End) Sentence(string text, int position)
    {
        var start = position;
        var first = Math.Max(0, position - MaxSentence);
        while (start > first && !EndsSentence(text, start - 1))
        {
            start--;
        }

        var end = position;
        var last = Math.Min(text.Length, position + MaxSentence);
        while (end < last && !EndsSentence(text, end))
        {
            end++;
        }

        return (start, end);
    }

    // A semicolon separates the items of one list of participants ("Tham dự có ...; lãnh đạo Bộ ...; ..."), not sentences.
    private static bool EndsSentence(string text, int index) =>
        text[index] == '\n' || (text[index] is '.' or '!' or '?' && (index + 1 >= text.Length || text[index + 1] == ' '));
}
