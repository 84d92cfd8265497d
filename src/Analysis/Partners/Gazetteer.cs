using System.Text.Json;
using Pipeline.Text;

namespace Pipeline.Analysis.Partners;

/// <summary>The gazetteers of data/gazetteers: countries, international and foreign organisations, foreign cities.</summary>
/// <param name="Countries">Countries by ISO code.</param>
/// <param name="Entries">Organisations, cities and countries, longest alias first.</param>
/// <param name="Places">Well-known foreign places by name, with their country code, for institution names ending in one.</param>
/// <param name="Provinces">Vietnamese provinces and centrally run cities (names before and after the 2025 merger), and the cities inside provinces.</param>
/// <param name="Domestic">Words of Vietnamese institution names written in Latin letters ("Vinmec", "Medlatec"): not foreign for all their spelling.</param>
public sealed record Gazetteer(
    IReadOnlyDictionary<string, GazetteerEntry> Countries,
    IReadOnlyList<GazetteerEntry> Entries,
    IReadOnlyDictionary<string, string> Places,
    IReadOnlySet<string> Provinces,
    IReadOnlySet<string> Domestic)
{
    /// <summary>The provinces and cities, found in one pass over a text; built with the gazetteer, used by every text.</summary>
    internal AliasMatcher<string> ProvinceNames { get; } = new(Provinces.Select(p => (p, p)));

    /// <summary>The Vietnamese name of a country code.</summary>
    /// <param name="code">ISO 3166-1 alpha-2.</param>
    /// <returns>The name, or null.</returns>
    public string? CountryName(string? code) => code is not null && Countries.TryGetValue(code, out var country) ? country.Name : null;

    /// <summary>Reads the gazetteer files of a directory (places, provinces and domestic names are optional).</summary>
    /// <param name="directory">data/gazetteers.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="InvalidDataException">A file is missing or malformed.</exception>
    public static Gazetteer Load(string directory)
    {
        try
        {
            var countries = Read(Path.Combine(directory, "countries.json"), "countries")
                .Select(c => new GazetteerEntry(c.GetProperty("code").GetString()!.ToLowerInvariant(), c.GetProperty("name").GetString()!, "country", Strings(c, "aliases"), c.GetProperty("code").GetString())
                {
                    AmbiguousAliases = c.TryGetProperty("ambiguous", out _) ? Strings(c, "ambiguous") : [],
                })
                .ToDictionary(c => c.CountryCode!, StringComparer.Ordinal);
            var organizations = Read(Path.Combine(directory, "organizations.json"), "organizations")
                .Select(o => new GazetteerEntry(o.GetProperty("key").GetString()!, o.GetProperty("name").GetString()!, "org", Strings(o, "aliases").Concat(Strings(o, "acronyms")).Concat(Strings(o, "acronyms").Select(TitleCaseAcronym).OfType<string>()).Distinct(StringComparer.Ordinal).ToList(), o.GetProperty("country").GetString()));
            var cities = Read(Path.Combine(directory, "cities.json"), "cities")
                .Select(c => new GazetteerEntry(c.GetProperty("key").GetString()!, c.GetProperty("name").GetString()!, "city", Strings(c, "aliases"), c.GetProperty("country").GetString()));
            var placesFile = Path.Combine(directory, "places.json");
            var places = File.Exists(placesFile)
                ? Read(placesFile, "places").ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("country").GetString()!, StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
            var provincesFile = Path.Combine(directory, "provinces.json");
            var provinces = File.Exists(provincesFile)
                ? Read(provincesFile, "provinces").Select(p => p.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(StringComparer.Ordinal);
            var domesticFile = Path.Combine(directory, "domestic.json");
            var domestic = File.Exists(domesticFile)
                ? Read(domesticFile, "names").Select(p => p.GetString()!).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(StringComparer.Ordinal);
            return new Gazetteer(countries, organizations.Concat(WithSpellings(cities.ToList(), provinces, countries.Values)).ToList(), places, provinces, domestic);
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"The gazetteers in {directory} cannot be read: {ex.Message}", ex);
        }
    }

    // Countries whose place names Vietnamese writes syllable by syllable: Laos, Cambodia, Thailand, Myanmar. Chinese names
    // are read in Sino-Vietnamese and never hyphenated, and the old syllable spellings of European or Japanese names
    // ("Pa-ri") would, spaced, read as Vietnamese names.
    internal static readonly HashSet<string> TransliteratedCountries = new(StringComparer.Ordinal) { "LA", "KH", "TH", "MM" };

    /// <summary>
    /// Cities with the other spellings of their transliterated names (<see cref="TransliterationForms"/>), leaving out a
    /// spelling that is already a Vietnamese province's, a country's or another place's name.
    /// </summary>
    private static IEnumerable<GazetteerEntry> WithSpellings(List<GazetteerEntry> cities, IReadOnlySet<string> provinces, IEnumerable<GazetteerEntry> countries)
    {
        var taken = new HashSet<string>(cities.SelectMany(c => c.Aliases).Concat(countries.SelectMany(c => c.Aliases)).Concat(provinces), StringComparer.Ordinal);
        foreach (var city in cities)
        {
            if (city.CountryCode is not { } code || !TransliteratedCountries.Contains(code))
            {
                yield return city;
                continue;
            }

            var forms = city.Aliases.SelectMany(TransliterationForms.Of).Where(f => !taken.Contains(f)).Distinct(StringComparer.Ordinal).ToList();
            yield return forms.Count == 0 ? city : city with { Aliases = city.Aliases.Concat(forms).ToList() };
        }
    }

    /// <summary>
    /// An acronym as news also write it, capitalised like a word ("Unicef", "Koica", "Covax"); only acronyms of four
    /// letters or more that do not then spell a Vietnamese word ("Chai"), as shorter ones capitalised are words ("Who").
    /// </summary>
    private static string? TitleCaseAcronym(string acronym) =>
        acronym.Length >= 4 && acronym.All(char.IsAsciiLetterUpper) && !VietnameseSyllable.IsSyllable(acronym) ? acronym[0] + acronym[1..].ToLowerInvariant() : null;

    private static List<JsonElement> Read(string path, string property)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return json.RootElement.GetProperty(property).EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static List<string> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(a => a.GetString()!).Where(a => a.Length > 0).ToList();
}
