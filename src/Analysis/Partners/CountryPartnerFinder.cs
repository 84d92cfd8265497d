using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// Countries that take part themselves ("giữa Việt Nam và Đức", "Israel trao tặng", "Chính phủ Luxemburg hỗ trợ",
/// "các nước bạn Lào, Cam-pu-chia"), told apart from countries that only qualify or locate something: a country in
/// brackets or after a name and a comma qualifies it ("Hội Chữ thập đỏ tỉnh X (Campuchia)", "Sở Y tế tỉnh X, Lào"), one
/// after "tại", "ở" or "của" locates or qualifies, one inside an institution's name belongs to the name, and a
/// capitalised word beside it makes it part of a person's or a place's name ("Vũ Đức Đam", "Lào Cai"). Only texts
/// that speak of cooperation have country partners. Each country is reported at its first free mention.
/// </summary>
internal sealed class CountryPartnerFinder
{
    private static readonly string[] Cues =
    [
        "hợp tác", "hỗ trợ", "viện trợ", "tài trợ", "trao tặng", "tặng", "giúp", "đóng góp", "ký kết", "phối hợp", "quan hệ", "đào tạo", "chuyển giao", "đối tác",
        "làm việc", "đoàn công tác", "Đoàn công tác", "đoàn đại biểu", "Đoàn đại biểu", "phái đoàn", "Phái đoàn", "ghi nhớ", "thỏa thuận", "thoả thuận",
        "kết nghĩa", "giao lưu", "trao đổi", "cử đoàn", "tiếp nhận", "bàn giao", "cam kết", "đồng hành", "hội đàm", "học tập kinh nghiệm",
        "đồng tổ chức", "đồng chủ trì",
    ];

    // The cues as they open a sentence ("Hợp tác giữa...").
    private static readonly string[] OpeningCues = Cues.Select(c => char.ToUpperInvariant(c[0]) + c[1..]).ToArray();

    // Words before a country that make it one side of a relation ("giữa Việt Nam và Đức", "về phía Trung Quốc", "nước bạn Lào").
    // "lãnh đạo X": the country's or province's leaders speak for it ("Lãnh đạo tỉnh Hủa Phăn cảm ơn...").
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "và", "với", "giữa", "cùng", "phía", "bạn", "nước", "từ", "hoặc", "phủ", "đạo" };

    // Verbs after a country that make it the subject of a cooperation ("Israel trao tặng", "Nhật Bản đã viện trợ").
    private static readonly HashSet<string> Actions = new(StringComparer.Ordinal)
    {
        "viện", "tài", "trao", "tặng", "hỗ", "cam", "ký", "đóng", "cử", "giúp", "cấp", "chuyển", "hợp", "tiếp", "phối", "đầu", "xây", "bàn",
    };

    // Words before a country that locate or qualify it whatever follows ("tại Mỹ", "của Mỹ phối hợp...").
    private static readonly HashSet<string> Locators = new(StringComparer.Ordinal) { "tại", "ở", "của", "như" };

    // Words of "tỉnh X", "thành phố X", "Thủ đô X", "bang X" before a place's name.
    private static readonly HashSet<string> AdminWords = new(StringComparer.Ordinal) { "tỉnh", "Tỉnh", "thành", "Thành", "phố", "TP", "bang", "Bang", "vùng", "Vùng", "châu", "Châu", "thủ", "Thủ", "đô", "quận", "huyện" };

    // Words between "đoàn" and a country or city that name a delegation ("đoàn công tác của", "đoàn đại biểu cấp cao"); an
    // "đoàn chuyên gia Mỹ" is a team described by its nationality, as "chuyên gia Mỹ" is.
    private static readonly HashSet<string> DelegationWords = new(StringComparer.Ordinal)
    {
        "công", "tác", "đại", "biểu", "cán", "bộ", "lãnh", "đạo", "cấp", "cao", "của",
    };

    // Words before "đoàn" that make another noun of it ("Tập đoàn", "Công đoàn", "Liên đoàn").
    private static readonly HashSet<string> NotDelegations = new(StringComparer.OrdinalIgnoreCase) { "tập", "công", "liên", "quân", "sư", "binh", "đoàn" };

    private static readonly string[] Sectors = ["ngành y tế ", "ngành Y tế ", "nhân dân ", "Nhân dân ", "người dân "];

    private const string Royal = "Hoàng gia ";

    private static readonly string[] PairJoiners = [" và ", " - ", " – ", "-"];

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal) { "đã", "sẽ", "cũng", "vừa", "tiếp", "tục", "đang", "mới", "luôn", "còn" };

    // The word before a receiving country: a preposition or a verb of giving.
    private static readonly HashSet<string> Recipients = new(StringComparer.Ordinal) { "cho", "trợ", "tặng", "cấp", "bổ", "giúp", "đỡ" };

    private static readonly char[] SentenceEnds = ['.', '\n', ';', '!', '?'];

    // Words that make a description of a country a statement about the cooperation ("Nhật Bản là đối tác hàng đầu").
    private static readonly string[] CooperationWords = ["đối tác", "hợp tác", "hỗ trợ", "viện trợ", "tài trợ", "giúp", "nhà tài trợ"];

    // Events a country pair describes rather than takes part in.
    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal) { "hội thảo", "hội nghị", "diễn đàn", "triển lãm", "tuần lễ", "liên hoan", "cuộc thi" };

    // Words of units below a province: a province named right after one of them locates it.
    private static readonly string[] TownWords = ["thành phố ", "TP ", "huyện ", "thị xã ", "quận ", "châu "];

    // Words that open a plural noun phrase ("các bệnh viện", "những doanh nghiệp").
    private static readonly HashSet<string> Plurals = new(StringComparer.Ordinal) { "các", "những", "nhiều", "mọi" };

    // People a nationality describes, envoys included: the country in an envoy's title is not itself acting ("Đại sứ Hàn
    // Quốc trao tặng...": the ambassador hands over).
    private static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal)
    {
        "chuyên gia", "bác sĩ", "điều dưỡng", "sinh viên", "học viên", "bệnh nhân", "giáo sư", "khoa học", "du khách", "công dân", "tình nguyện viên", "đại sứ", "lãnh sự", "tham tán",
    };

    private readonly Gazetteer gazetteer;
    private readonly AliasMatcher<string> countries;
    private readonly IReadOnlyDictionary<string, string> countryByAlias;

    /// <summary>Creates the finder.</summary>
    /// <param name="gazetteer">Country names for facts.</param>
    /// <param name="countryByAlias">Country names as written to codes.</param>
    public CountryPartnerFinder(Gazetteer gazetteer, IReadOnlyDictionary<string, string> countryByAlias)
    {
        this.gazetteer = gazetteer;
        this.countryByAlias = countryByAlias;
        countries = new AliasMatcher<string>(countryByAlias.Select(kv => (kv.Key, kv.Value)));
    }

    /// <summary>Country partners of a text.</summary>
    /// <param name="text">The text; spans are cut from it.</param>
    /// <param name="matching">The tone-normalised text.</param>
    /// <param name="taken">Spans already given to institutions and partners: a country inside one is not free.</param>
    /// <param name="mentions">The country names in <paramref name="matching"/> (<see cref="Mentions"/>), or null to find them here.</param>
    /// <returns>One fact per country, at its first free mention.</returns>
    public IEnumerable<PartnerFact> Find(string text, string matching, SpanIndex taken, IReadOnlyList<(int Start, int Length, string Code)>? mentions = null)
    {
        // A cue may open the sentence ("Hợp tác giữa...").
        if (!Cues.Concat(OpeningCues).Any(c => matching.Contains(c, StringComparison.Ordinal)))
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (at, length, code) in mentions ?? Mentions(matching))
        {
            if (code == "VN" || seen.Contains(code) || taken.Overlaps(at, at + length) || !Acts(matching, at, length, receivingNeedsVietnam: true, isCountry: true))
            {
                continue;
            }

            seen.Add(code);
            var start = GovernmentStart(matching, at);

            var name = gazetteer.CountryName(code) ?? matching.Substring(at, length);
            yield return new PartnerFact(name, code.ToLowerInvariant(), "country", name, code, text[start..(at + length)], start);
        }
    }

    /// <summary>Every country name in a text, in text order: found once and read by each rule that needs them.</summary>
    /// <param name="matching">The tone-normalised text.</param>
    /// <returns>Start, length and ISO code of each mention.</returns>
    public IReadOnlyList<(int Start, int Length, string Code)> Mentions(string matching) => countries.Find(matching).ToList();

    /// <summary>The code of the first foreign country named in <paramref name="phrase"/>, or null.</summary>
    /// <param name="phrase">Any (tone-normalised) text.</param>
    /// <returns>An ISO code other than VN, or null.</returns>
    public string? FirstForeignCountry(string phrase)
    {
        foreach (var (_, _, code) in countries.Find(phrase))
        {
            if (code != "VN")
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// Vietnam as a side of the cooperation ("hỗ trợ Việt Nam", "giữa Việt Nam và Đức", "Chính phủ Việt Nam"), at its
    /// first mention where it acts, receives or pairs with a country: a party.
    /// </summary>
    /// <param name="text">The text; spans are cut from it.</param>
    /// <param name="matching">The tone-normalised text.</param>
    /// <param name="taken">Spans of institutions and partners.</param>
    /// <returns>The party, or null.</returns>
    public PartnerFact? Vietnam(string text, string matching, SpanIndex taken)
    {
        const string Name = "Việt Nam";
        for (var at = matching.IndexOf(Name, StringComparison.Ordinal); at >= 0; at = matching.IndexOf(Name, at + Name.Length, StringComparison.Ordinal))
        {
            var end = at + Name.Length;
            if ((end < matching.Length && char.IsLetterOrDigit(matching[end])) || (at > 0 && char.IsLetterOrDigit(matching[at - 1])) || taken.Overlaps(at, end)
                || !(Acts(matching, at, Name.Length, receivingNeedsVietnam: false, isCountry: true) || IsSector(matching, at)))
            {
                continue;
            }

            var start = GovernmentStart(matching, at);
            return new PartnerFact(Name, "vn", "country", Name, "VN", text[start..end], start);
        }

        return null;
    }

    /// <summary>
    /// Whether a foreign province or city takes part itself ("tỉnh Kanagawa phối hợp", "Hà Nội và Saint Petersburg") rather
    /// than locating something ("tại Barcelona", "sang Fukuoka học tập"): the country rule, read before its "tỉnh",
    /// "thành phố" or "bang".
    /// </summary>
    /// <param name="text">The tone-normalised text.</param>
    /// <param name="at">Offset of the place's name.</param>
    /// <param name="length">Its length.</param>
    /// <returns>True when the place is a side.</returns>
    public bool TakesPart(string text, int at, int length)
    {
        var start = at;
        var (word, wordStart) = PreviousWord(text, at);
        while (word is not null && AdminWords.Contains(word) && text[wordStart + word.Length] == ' ')
        {
            start = wordStart;
            (word, wordStart) = PreviousWord(text, wordStart);
        }

        return !LocatesTheTownBefore(text, start, text.AsSpan(at, length)) && Acts(text, start, at + length - start, receivingNeedsVietnam: true, isCountry: false);
    }

    /// <summary>
    /// Whether a province or region after a comma says where the town or district before it lies ("thành phố Đông Hưng,
    /// Khu tự trị dân tộc Choang Quảng Tây", "huyện Mường Mày, tỉnh Phông-xa-lỳ"); a list of provinces ("tỉnh A, tỉnh B")
    /// names sides, so only a smaller unit before the comma counts.
    /// </summary>
    private static bool LocatesTheTownBefore(string text, int start, ReadOnlySpan<char> name)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        if (before.Length == 0 || before[^1] != ',' || !(name.StartsWith("Khu tự trị", StringComparison.Ordinal) || Regional(text, start)))
        {
            return false;
        }

        // The unit before the comma: the last few words of its clause hold a town's or district's word.
        var clause = before[..^1];
        var from = Math.Max(0, clause.Length - 40);
        var window = clause[from..];
        var cut = window.LastIndexOfAny(SentenceEnds);
        window = cut >= 0 ? window[(cut + 1)..] : window;
        foreach (var unit in TownWords)
        {
            if (window.Contains(unit, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Regional(string text, int start) =>
        text.AsSpan(start).StartsWith("tỉnh ", StringComparison.Ordinal) || text.AsSpan(start).StartsWith("bang ", StringComparison.Ordinal)
        || text.AsSpan(start).StartsWith("vùng ", StringComparison.Ordinal) || text.AsSpan(start).StartsWith("Khu tự trị", StringComparison.Ordinal);

    /// <summary>Vietnam's health sector or people as the side helped ("hỗ trợ ngành y tế Việt Nam", "nhân dân Việt Nam").</summary>
    private static bool IsSector(string text, int at) => Sectors.Any(sector => EndsWithAt(text, at, sector));

    /// <summary>Where a country's mention starts: its "Chính phủ" joins the span ("Chính phủ Australia").</summary>
    private static int GovernmentStart(string text, int at)
    {
        const string Government = "Chính phủ ";
        at = EndsWithAt(text, at, Royal) ? at - Royal.Length : at;
        return EndsWithAt(text, at, Government) ? at - Government.Length : at;
    }

    private static bool EndsWithAt(string text, int at, string word) =>
        at >= word.Length && string.CompareOrdinal(text, at - word.Length, word, 0, word.Length) == 0;

    /// <summary>Whether the country mentioned at <paramref name="at"/> is a side of the cooperation rather than an adjective, a location or a qualifier.</summary>
    private bool Acts(string text, int at, int length, bool receivingNeedsVietnam, bool isCountry)
    {
        // A monarchy's government is its government ("Chính phủ Hoàng gia Campuchia").
        if (EndsWithAt(text, at, Royal))
        {
            return Acts(text, at - Royal.Length, length + Royal.Length, receivingNeedsVietnam, isCountry);
        }

        var end = at + length;
        if (at > 0 && text[at - 1] == '(')
        {
            return false;
        }

        // "(nước CHDCND Lào)" qualifies as "(Lào)" does.
        var opening = at;
        var (noun, nounStart) = PreviousWord(text, at);
        while (noun is "nước" or "bạn")
        {
            opening = nounStart;
            (noun, nounStart) = PreviousWord(text, nounStart);
        }

        if (opening < at && opening > 0 && text[opening - 1] == '(')
        {
            return false;
        }

        // A capitalised word right after makes it part of a longer name ("Lào Cai", "Đức Giang", "Anh Tuấn").
        if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
        {
            return false;
        }

        // Walk back over a list of countries ("cho Lào, Campuchia và Myanmar") to the word before it.
        var listStart = at;
        var withVietnam = false;
        var (previous, previousStart) = PreviousWord(text, at);
        while (previous is not null && (IsCountryEnding(text, previousStart, previous) is { } itemStart))
        {
            withVietnam |= text.AsSpan(itemStart).StartsWith("Việt Nam", StringComparison.Ordinal);
            listStart = itemStart;
            (previous, previousStart) = PreviousWord(text, itemStart);
        }

        if (previous is null)
        {
            return !InNamedPair(text, listStart) && !Described(text, end);
        }

        // A delegation's country or city is a side, with or without "của" ("đoàn công tác của tỉnh Champasak", "Đoàn đại biểu Lào").
        if (IsDelegation(text, listStart))
        {
            return true;
        }

        // Partners named as examples of a kind of partner ("hợp tác với các nước như Nhật Bản, Hàn Quốc") are sides;
        // other examples ("ở các nước như Mỹ") only locate.
        if (previous == "như")
        {
            return IsPartnerKindBefore(text, previousStart);
        }

        if (Locators.Contains(previous) || (previous is "và" or "hoặc" && FollowsALocatedPlace(text, previousStart)))
        {
            return false;
        }

        // "của nước bạn Lào", "tại nước bạn" locate or qualify as "của Lào" does.
        var (skipped, skippedStart) = (previous, previousStart);
        while (skipped is "bạn" or "nước")
        {
            (skipped, skippedStart) = PreviousWord(text, skippedStart);
        }

        if (skipped is not null && skippedStart != previousStart && Locators.Contains(skipped))
        {
            return false;
        }

        // A country that receives ("hỗ trợ Campuchia", "cho Lào") takes part only when Vietnam gives: a third party's
        // recipients are not Vietnam's partners.
        if (Recipients.Contains(previous))
        {
            // A Vietnamese province gives for Vietnam ("Hà Nội sẽ hỗ trợ Viêng Chăn").
            var sentenceStart = Math.Max(0, text.LastIndexOfAny(SentenceEnds, previousStart) + 1);
            var giver = text[sentenceStart..previousStart];
            return !receivingNeedsVietnam || giver.Contains("Việt Nam", StringComparison.Ordinal) || gazetteer.ProvinceNames.Find(giver).Any();
        }

        // A country after a plural noun or a person describes them ("các bệnh viện Hàn Quốc đã tiếp nhận", "chuyên gia
        // Nhật Bản hỗ trợ"): they act, the country does not. A city there more often ends a body's name ("Cơ quan Quản lý
        // các bệnh viện công Paris"), which the name rules miss, so the city stays a side.
        if (isCountry && !withVietnam && DescribesNoun(text, previous, previousStart))
        {
            return false;
        }

        // Beside Vietnam in a list a country is the other side ("Việt Nam và Trung Quốc cùng thực hiện").
        if (withVietnam || ActsAfter(text, end) || PairsAfter(text, end))
        {
            return true;
        }

        // After a noun a country is an adjective ("chuyên gia Nhật Bản", "đô la Mỹ"): only joiners make it a side.
        // "về phía X" lists a foreign side's participants; a bare "phía X" is mostly a person's side ("chuyên gia phía Nhật Bản"); Vietnam
        // is a side in either form.
        var joiner = char.ToLowerInvariant(previous[0]) + previous[1..];
        // "Phía X" opening a sentence is the side itself ("Phía Cuba đề nghị...").
        if (joiner == "phía" && receivingNeedsVietnam && PreviousWord(text, previousStart).Word is not null
            && !PreviousWordIs(text, previousStart, "về") && !PreviousWordIs(text, previousStart, "với") && !PreviousWordIs(text, previousStart, "từ"))
        {
            return false;
        }

        return Joiners.Contains(joiner) && listStart - previousStart - previous.Length == 1;
    }

    /// <summary>
    /// Whether a country after a dash closes a pair that is part of a name ("Diễn đàn Doanh nghiệp Việt - Nga"): the
    /// pair's first side follows a capitalised word. A pair that opens a clause ("Việt - Lào") is a relation.
    /// </summary>
    private static bool InNamedPair(string text, int at)
    {
        var dash = at - 1;
        while (dash >= 0 && text[dash] == ' ')
        {
            dash--;
        }

        if (dash < 0 || text[dash] is not ('-' or '–'))
        {
            return false;
        }

        var (side, sideStart) = PreviousWord(text, dash);
        if (side is null)
        {
            return false;
        }

        var (before, beforeStart) = PreviousWord(text, sideStart);
        return before is not null && (char.IsUpper(before[0]) || NamesAnEvent(text, before, beforeStart));
    }

    /// <summary>
    /// Whether the words before a pair name an event it describes ("hội thảo khoa học Việt - Pháp", "diễn đàn y tế Việt -
    /// Nga"); after a relation ("quan hệ Việt - Lào", "hợp tác Việt - Lào") the pair is the relation's sides.
    /// </summary>
    private static bool NamesAnEvent(string text, string last, int start)
    {
        // Up to four lowercase words back, or a capitalised one opening the sentence ("Hội thảo ... Việt - Pháp").
        string? word = last;
        string? previous = null;
        for (var k = 0; k < 5 && word is not null; k++)
        {
            if (previous is not null && EventNouns.Contains($"{Lower(word)} {previous}"))
            {
                return true;
            }

            if (!char.IsLower(word[0]))
            {
                return false;
            }

            previous = word;
            (word, start) = PreviousWord(text, start);
        }

        return false;
    }

    /// <summary>Whether another country follows as the other side of a pair ("Việt Nam và Trung Quốc", "Việt Nam - Liên bang Nga").</summary>
    private bool PairsAfter(string text, int end)
    {
        foreach (var joiner in PairJoiners)
        {
            if (string.CompareOrdinal(text, end, joiner, 0, joiner.Length) == 0)
            {
                var next = end + joiner.Length;
                foreach (var (at, _, _) in countries.Find(text.Substring(next, Math.Min(40, text.Length - next))))
                {
                    return at == 0;
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a verb of giving or agreeing follows the country, maybe after an adverb: the country is the subject.</summary>
    /// <summary>
    /// Whether a country opening a sentence is only described ("Nhật Bản là quốc gia có tuổi thọ cao nhất"): "là" after
    /// it, and no word of cooperation in its sentence.
    /// </summary>
    private static bool Described(string text, int end)
    {
        if (!text.AsSpan(end).StartsWith(" là ", StringComparison.Ordinal))
        {
            return false;
        }

        var stop = text.IndexOfAny(SentenceEnds, end);
        var sentence = text.AsSpan(end, (stop < 0 ? text.Length : stop) - end);
        foreach (var word in CooperationWords)
        {
            if (sentence.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ActsAfter(string text, int end)
    {
        var at = end;
        for (var words = 0; words < 3 && at < text.Length && text[at] == ' '; words++)
        {
            var start = at + 1;
            var stop = start;
            while (stop < text.Length && char.IsLetter(text[stop]))
            {
                stop++;
            }

            var word = text[start..stop];
            if (Actions.Contains(word))
            {
                return true;
            }

            if (!Adverbs.Contains(word))
            {
                return false;
            }

            at = stop;
        }

        return false;
    }

    /// <summary>The start of a country name (Vietnam included) that ends with the word at <paramref name="wordStart"/> and is followed by ", " or " và ", else null.</summary>
    private int? IsCountryEnding(string text, int wordStart, string word)
    {
        if (word == "và")
        {
            var (before, beforeStart) = PreviousWord(text, wordStart);
            return before is null ? null : IsCountryEnding(text, beforeStart, before);
        }

        var wordEnd = wordStart + word.Length;
        if (wordEnd >= text.Length || text[wordEnd] is not (',' or ' '))
        {
            return null;
        }

        // Try the names ending here over up to five words, spaced or hyphenated ("Cam-pu-chia", "Liên bang Nga").
        var start = wordStart;
        for (var words = 0; words < 5; words++)
        {
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (countryByAlias.ContainsKey(text[start..wordEnd]) || text.AsSpan(start, wordEnd - start).SequenceEqual("Việt Nam")))
            {
                return start;
            }

            var previous = start - 1;
            if (previous < 1 || text[previous] is not (' ' or '-') || !char.IsLetter(text[previous - 1]))
            {
                return null;
            }

            start = previous - 1;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether "như" at <paramref name="at"/> follows a kind of partner ("các nước", "các quốc gia", "các đối tác") that a
    /// joiner makes a side ("với các nước như...").
    /// </summary>
    private static bool IsPartnerKindBefore(string text, int at)
    {
        var (noun, nounStart) = PreviousWord(text, at);
        if (noun is not ("nước" or "gia" or "tác"))
        {
            return false;
        }

        var (word, start) = PreviousWord(text, nounStart);
        for (var words = 0; words < 3 && word is not null; words++)
        {
            if (Joiners.Contains(word) && word is not ("nước" or "bạn" or "phía"))
            {
                return true;
            }

            (word, start) = PreviousWord(text, start);
        }

        return false;
    }

    /// <summary>Whether the words right before <paramref name="at"/> name a delegation ("đoàn", "phái đoàn", "đoàn công tác của").</summary>
    private static bool IsDelegation(string text, int at)
    {
        var (word, start) = PreviousWord(text, at);
        for (var words = 0; words < 7 && word is not null; words++)
        {
            if (string.Equals(word, "đoàn", StringComparison.OrdinalIgnoreCase))
            {
                var (before, _) = PreviousWord(text, start);
                return before is null || !NotDelegations.Contains(before);
            }

            if (!DelegationWords.Contains(word))
            {
                return false;
            }

            (word, start) = PreviousWord(text, start);
        }

        return false;
    }

    /// <summary>
    /// Whether the words before a country are a noun it describes: a person ("chuyên gia", "bác sĩ") or a lowercase noun
    /// phrase of up to three words opened by a plural ("các bệnh viện", "nhiều doanh nghiệp").
    /// </summary>
    private static bool DescribesNoun(string text, string previous, int previousStart)
    {
        var (before, _) = PreviousWord(text, previousStart);
        if (before is not null && PersonNouns.Contains($"{Lower(before)} {previous}"))
        {
            return true;
        }

        // The plural may open the sentence ("Các bệnh viện Hàn Quốc...").
        var (word, start) = (previous, previousStart);
        for (var k = 0; k < 4 && word is not null; k++)
        {
            if (k > 0 && Plurals.Contains(Lower(word)))
            {
                return true;
            }

            if (!char.IsLower(word[0]) || Joiners.Contains(word) || Locators.Contains(word))
            {
                return false;
            }

            (word, start) = PreviousWord(text, start);
        }

        return false;
    }

    /// <summary>
    /// Whether the "và" at <paramref name="joinerStart"/> closes a list of places after "tại" or "ở" ("luân phiên tại Hà
    /// Nội và Paris"): the place after it locates as the first does.
    /// </summary>
    private static bool FollowsALocatedPlace(string text, int joinerStart)
    {
        var (word, start) = PreviousWord(text, joinerStart);
        var capitalised = 0;
        while (word is not null && char.IsUpper(word[0]) && capitalised < 4)
        {
            capitalised++;
            (word, start) = PreviousWord(text, start);
        }

        return capitalised > 0 && word is not null && Locators.Contains(word) && word != "của";
    }

    private static string Lower(string word) => char.IsUpper(word[0]) ? char.ToLowerInvariant(word[0]) + word[1..] : word;

    private static bool PreviousWordIs(string text, int at, string word)
    {
        var (previous, _) = PreviousWord(text, at);
        return previous is not null && string.Equals(previous, word, StringComparison.OrdinalIgnoreCase);
    }

    private static (string? Word, int Start) PreviousWord(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] is ' ' or ',')
        {
            end--;
        }

        if (end == 0 || end == at && at > 0 && !char.IsWhiteSpace(text[at - 1]) || end < at - 2 || !char.IsLetterOrDigit(text[end - 1]))
        {
            return (null, 0);
        }

        var start = end;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        return (text[start..end], start);
    }
}
