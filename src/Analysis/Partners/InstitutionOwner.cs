using Pipeline.Text;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// Decides whose an institution is from how its name is written: missions belong to the country named before
/// "tại" ("Đại sứ quán Nga tại Việt Nam"); an association named after a foreign seat is of that country ("Hội ...
/// tại Campuchia"); otherwise the first country, foreign place or Vietnamese place of the name decides ("Bộ Y tế
/// Lào", "Bệnh viện Hữu nghị Việt Đức", "Sở Y tế tỉnh Lạng Sơn"); a name spelled foreign takes the country said
/// right after it, "(Campuchia)" or ", Lào", or the nearest in its sentence. A name with none of these is unknown.
/// </summary>
internal sealed class InstitutionOwner
{
    /// <summary>The marker value of international bodies ("châu Âu", "Liên hợp quốc").</summary>
    private const string International = "";

    // Words that make a name Vietnamese besides the provinces: the country, its central institutions, its largest city.
    private static readonly string[] VietnameseMarkers = ["Việt Nam", "Việt", "VN", "Trung ương", "TW", "Quân y", "TP Hồ Chí Minh", "TP HCM", "TPHCM", "Sài Gòn", "Hồ Chí Minh"];

    private static readonly HashSet<string> WeakVietnameseMarkers = new(StringComparer.Ordinal) { "Trung ương", "TW", "Quân y" };

    private static readonly string[] InternationalMarkers = ["châu Âu", "Châu Âu", "Liên hợp quốc", "Liên Hợp Quốc", "Liên Hiệp Quốc", "LHQ", "ASEAN", "Thế giới"];

    private static readonly char[] SentenceEnds = ['.', '\n', ';'];

    private static readonly string[] OwnerWords = ["của ", "thuộc "];

    private static readonly string[] CountryNouns = ["nước bạn ", "nước "];

    private static readonly string[] ProvinceWords = ["tỉnh ", "thành phố ", "TP ", "Thủ đô ", "thủ đô "];

    private readonly AliasMatcher<string> markers;
    private readonly IReadOnlyDictionary<string, string> countryByAlias;
    private readonly IReadOnlySet<string> domestic;

    /// <summary>Creates the owner rules over the gazetteers.</summary>
    /// <param name="gazetteer">Countries, foreign places and cities, Vietnamese provinces, domestic brand names.</param>
    /// <param name="countryByAlias">Country names to codes.</param>
    public InstitutionOwner(Gazetteer gazetteer, IReadOnlyDictionary<string, string> countryByAlias)
    {
        this.countryByAlias = countryByAlias;
        domestic = gazetteer.Domestic;
        // Domestic names of more than one word are Vietnamese institutions' own names, which stay Vietnamese where a
        // branch abroad adds its city ("Bệnh viện Chợ Rẫy Phnom Penh").
        var vietnamese = VietnameseMarkers.Concat(gazetteer.Provinces).Concat(gazetteer.Domestic.Where(d => d.Contains(' ', StringComparison.Ordinal))).Select(p => (p, "VN"));
        var international = InternationalMarkers.Select(p => (p, International));
        var foreign = countryByAlias.Select(kv => (kv.Key, kv.Value))
            .Concat(gazetteer.Places.Select(kv => (kv.Key, kv.Value)))
            .Concat(gazetteer.Entries.Where(e => e.Kind == "city" && e.CountryCode is not null).SelectMany(e => e.Aliases.Select(a => (a, e.CountryCode!))));

        // Vietnamese places first: where a foreign list and the provinces share a name, the province wins.
        markers = new AliasMatcher<string>(vietnamese.Concat(international).Concat(foreign));
    }

    /// <summary>Whose <paramref name="name"/> is; null when its wording does not say.</summary>
    /// <param name="text">The (tone-normalised) text the name was read from.</param>
    /// <param name="name">The institution name.</param>
    /// <returns>The owner, or null.</returns>
    public Ownership? Of(string text, InstitutionName name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var body = name.BodyText;
        var first = FirstMarker(body);
        if (InstitutionScanner.Missions.Contains(Capitalised(name.Head)))
        {
            return first is null ? null : Owner(first);
        }

        if (name.Located.Count > 0 && FirstMarker(name.LocatedText) is { } seat && seat != "VN")
        {
            return Owner(seat);
        }

        if (first is not null)
        {
            return Owner(first);
        }

        if (name.Body.Any(w => domestic.Contains(w.Text)))
        {
            return Ownership.Vietnamese;
        }

        // The country may follow the name's acronym ("Trung tâm ... (CIGB) của Cuba").
        var after = CountryAfter(text, name.NameEnd) ?? (name.End > name.NameEnd ? CountryAfter(text, name.End) : null);
        if (name.Body.Any(w => IsForeignWord(w.Text)))
        {
            return after is "VN" ? Ownership.Vietnamese : new Ownership(true, after ?? NearestCountry(text, name.Start, name.End));
        }

        return after is null ? null : Owner(after);
    }

    /// <summary>
    /// Where a name that contains a country really ends: a country closes an institution's name, so capitalised words
    /// after it belong to the next name, often a person's ("Bộ Y tế Lào Khamphone", "Quốc hội Hàn Quốc Kim Jin-pyo");
    /// a dash or "và" pairing it with another side keeps the name going ("Hữu nghị Lào - Việt Nam").
    /// </summary>
    /// <param name="text">The (tone-normalised) text.</param>
    /// <param name="name">The institution name.</param>
    /// <returns>The offset just past the name.</returns>
    public int NameEnd(string text, InstitutionName name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var from = name.Body[0].Start;
        var end = name.Located.Count > 0 ? name.Body[^1].End : name.NameEnd;
        var found = markers.Find(text[from..end]).ToList();
        foreach (var (at, length, code) in found)
        {
            var stop = from + at + length;
            var alias = text.Substring(from + at, length);
            if (code.Length == 0 || (alias != "Việt Nam" && !countryByAlias.ContainsKey(alias)) || stop >= end)
            {
                continue;
            }

            // A Vietnamese town right after the country is the seat of a friendship hospital ("Việt Nam - Cu Ba Đồng Hới").
            var rest = text.AsSpan(stop, end - stop);
            if (rest.StartsWith(" -") || rest.StartsWith("-") || rest.StartsWith(" –") || rest.StartsWith(" và ") || ContinuesAsVietnameseName(text, from + at, length)
                || found.Exists(m => from + m.Start == stop + 1 && m.Value == "VN"))
            {
                continue;
            }

            return stop;
        }

        return name.NameEnd;
    }

    /// <summary>
    /// A stable key for a name that contains a country however it is written ("Bộ Y tế Lào", "Bộ Y tế nước CHDCND Lào"):
    /// the words before the country, then the country's canonical name; null when the name holds no country.
    /// </summary>
    /// <param name="name">The name as written (tone-normalised).</param>
    /// <param name="countryName">The canonical Vietnamese name of a code.</param>
    /// <returns>The canonical form to slug, or null.</returns>
    public string? CanonicalName(string name, Func<string, string?> countryName)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(countryName);
        foreach (var (at, length, code) in markers.Find(name))
        {
            var alias = name.Substring(at, length);
            if (code.Length == 0 || code == "VN" || !countryByAlias.ContainsKey(alias) || ContinuesAsVietnameseName(name, at, length))
            {
                continue;
            }

            var before = name[..at].TrimEnd();
            if (before.EndsWith(" nước", StringComparison.Ordinal))
            {
                before = before[..^" nước".Length];
            }

            return $"{before} {countryName(code) ?? alias}{name[(at + length)..]}";
        }

        return null;
    }

    /// <summary>A word Vietnamese spelling cannot produce, apostrophes and abbreviation stops aside ("Mary's", "St.").</summary>
    private static bool IsForeignWord(string word)
    {
        if (HighlandWord.Is(word))
        {
            return false;
        }

        if (word.Contains('\'', StringComparison.Ordinal) || word.Contains('’', StringComparison.Ordinal))
        {
            return word.Length > 2 && char.IsUpper(word[0]);
        }

        var core = word.TrimEnd('.');
        return VietnameseSyllable.IsForeignNameWord(core) || (core.Length < word.Length && core is "St" or "Ste" or "Dr" or "Mt");
    }

    private static Ownership Owner(string code) =>
        code == "VN" ? Ownership.Vietnamese : new Ownership(true, code.Length == 0 ? null : code);

    private string? FirstMarker(string words)
    {
        string? weak = null;
        foreach (var (at, length, code) in markers.Find(words))
        {
            // A rank or a branch says the body is central or military, not whose: a foreign place after it decides
            // ("Bệnh viện Quân y Bắc Kinh"), as a Vietnamese place would.
            if (code == "VN" && WeakVietnameseMarkers.Contains(words.Substring(at, length)))
            {
                weak ??= code;
                continue;
            }

            if (code is "VN" or "" || !ContinuesAsVietnameseName(words, at, length))
            {
                return code;
            }
        }

        return weak;
    }

    /// <summary>
    /// A one-syllable country followed by a capitalised Vietnamese syllable is a Vietnamese place or person ("Đức
    /// Giang", "Anh Sơn"), not the country.
    /// </summary>
    private static bool ContinuesAsVietnameseName(string text, int at, int length)
    {
        var end = at + length;
        if (text.AsSpan(at, length).Contains(' ') || end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]))
        {
            return false;
        }

        var stop = end + 1;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return VietnameseSyllable.IsSyllable(text[(end + 1)..stop]);
    }

    /// <summary>A country said right after a name: "(Campuchia)", ", Lào", " - Trung Quốc".</summary>
    private string? CountryAfter(string text, int end)
    {
        var at = end;
        while (at < text.Length && text[at] is ' ' or ',' or '(' or '-' or '–' && at - end < 4)
        {
            at++;
        }

        // "của" or "thuộc" before the country says whose the name is as well ("Bệnh viện 103 của Lào").
        if (at == end + 1 && text[end] == ' ')
        {
            at = Skip(text, at, OwnerWords);
            at = Skip(text, at, CountryNouns);
        }
        else if (at > end && text[at - 1] == ' ' && text[end] == ',')
        {
            // A province after a comma says where the body is ("Bệnh viện huyện Mường Mày, tỉnh Phông-xa-lỳ").
            at = Skip(text, at, ProvinceWords);
        }

        if (at == end || at >= text.Length)
        {
            return null;
        }

        foreach (var (start, _, code) in markers.Find(text.Substring(at, Math.Min(40, text.Length - at))))
        {
            return start == 0 && code.Length > 0 ? code : null;
        }

        return null;
    }

    private static int Skip(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return at + word.Length;
            }
        }

        return at;
    }

    /// <summary>The country named nearest to a name within its sentence, Vietnam aside.</summary>
    private string? NearestCountry(string text, int start, int end)
    {
        var from = Math.Max(0, text.LastIndexOfAny(SentenceEnds, Math.Max(0, start - 1)) + 1);
        var to = text.IndexOfAny(SentenceEnds, end);
        var sentence = text[from..(to < 0 ? text.Length : to)];
        string? best = null;
        var distance = int.MaxValue;
        foreach (var (at, length, code) in markers.Find(sentence))
        {
            var gap = Math.Min(Math.Abs(from + at - start), Math.Abs(from + at + length - end));
            if (code.Length > 0 && code != "VN" && countryByAlias.ContainsKey(sentence.Substring(at, length)) && gap < distance)
            {
                best = code;
                distance = gap;
            }
        }

        return best;
    }

    private static string Capitalised(string head) => head.Length > 0 ? char.ToUpperInvariant(head[0]) + head[1..] : head;
}
