using System.Text;
using Pipeline.Analysis.Partners;
using Pipeline.Text;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class GazetteerTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "data", "gazetteers");
    private static readonly Gazetteer Shipped = Gazetteer.Load(Directory);

    // Vietnamese places and words that share a name with a foreign place ("Sơn Tây" is also Shanxi): the
    // extractor matches cities anywhere in a text, so none of them may be a foreign alias.
    private static readonly string[] VietnamesePlacesAndWords =
    [
        "Sơn Tây", "Hà Bắc", "Đông Hưng", "Trường Sa", "Hồng Hà", "Long Châu", "Tân Cương", "Trùng Khánh", "Thanh Hải",
        "Văn Sơn", "Hải Nam", "Tô Châu", "Bắc Hải", "Việt Nam", "Viên", "Trang",
    ];

    private static IEnumerable<GazetteerEntry> Places =>
        Shipped.Countries.Values.Concat(Shipped.Entries.Where(e => e.Kind == "city"));

    [Fact]
    public void Load_ShippedFiles_CountriesCitiesAndOrganisations()
    {
        Assert.True(Shipped.Countries.Count >= 240, $"{Shipped.Countries.Count} countries");
        Assert.Contains(Shipped.Entries, e => e.Kind == "city" && e.Key == "luang-prabang" && e.CountryCode == "LA");
        Assert.Contains(Shipped.Entries, e => e.Kind == "org" && e.Key == "undp" && e.CountryCode is null);
        Assert.NotEmpty(Shipped.Provinces);
    }

    [Fact]
    public void Load_EveryCountry_HasIsoCodeNameAndAlias()
    {
        foreach (var (code, country) in Shipped.Countries)
        {
            Assert.Matches("^[A-Z]{2}$", code);
            Assert.Equal(code.ToLowerInvariant(), country.Key);
            Assert.False(string.IsNullOrWhiteSpace(country.Name), code);
            Assert.NotEmpty(country.Aliases);
        }
    }

    [Theory]
    [InlineData("US", "Hoa Kỳ")]
    [InlineData("GB", "Anh")]
    [InlineData("LA", "Lào")]
    [InlineData("RU", "Liên bang Nga")]
    [InlineData("MM", "Myanmar")]
    public void CountryName_KnownCode_CanonicalNameUsedInFacts(string code, string name)
    {
        Assert.Equal(name, Shipped.CountryName(code));
    }

    [Theory]
    [InlineData("CHDCND Lào", "LA")]
    [InlineData("Cam-pu-chia", "KH")]
    [InlineData("CHLB Đức", "DE")]
    [InlineData("Vương quốc Anh và Bắc Ai-len", "GB")]
    [InlineData("Hợp chủng quốc Hoa Kỳ", "US")]
    [InlineData("Cu-ba", "CU")]
    [InlineData("Ả Rập Xê-út", "SA")]
    public void Load_OfficialAndTransliteratedNames_AliasesOfTheirCountry(string alias, string code)
    {
        Assert.Contains(alias, Shipped.Countries[code].Aliases);
    }

    [Fact]
    public void Load_EveryAlias_NfcWithOneTonePlacement()
    {
        foreach (var entry in Shipped.Countries.Values.Concat(Shipped.Entries))
        {
            foreach (var alias in entry.Aliases.Append(entry.Name))
            {
                Assert.True(alias.IsNormalized(NormalizationForm.FormC), $"{entry.Key}: {alias} is not NFC");
                Assert.Equal(ToneMarks.ToTraditionalPlacement(alias), alias);
                Assert.DoesNotContain('\u00D0', alias);
                Assert.Equal(alias.Trim(), alias);
            }
        }
    }

    [Fact]
    public void Load_ForeignPlaceAliases_NoVietnameseProvinceOrPlace()
    {
        var vietnamese = Shipped.Provinces.Concat(VietnamesePlacesAndWords).ToHashSet(StringComparer.Ordinal);
        foreach (var place in Places)
        {
            Assert.DoesNotContain(place.Aliases, vietnamese.Contains);
        }
    }

    [Fact]
    public void Load_PlaceAliases_NameOnePlaceEach()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var place in Places)
        {
            foreach (var alias in place.Aliases)
            {
                Assert.True(owners.TryAdd(alias, place.Key), $"{alias} names both {owners.GetValueOrDefault(alias)} and {place.Key}");
            }
        }
    }

    [Fact]
    public void Load_CitiesAndOrganisations_CountryIsAKnownCountry()
    {
        foreach (var entry in Shipped.Entries.Where(e => e.CountryCode is not null))
        {
            Assert.True(Shipped.Countries.ContainsKey(entry.CountryCode!), $"{entry.Key}: {entry.CountryCode}");
        }
    }

    [Fact]
    public void Load_AmbiguousAliases_AreAliasesOfTheirCountry()
    {
        Assert.Contains("Anh", Shipped.Countries["GB"].AmbiguousAliases);
        Assert.Empty(Shipped.Countries["LA"].AmbiguousAliases);
        foreach (var country in Shipped.Countries.Values)
        {
            Assert.All(country.AmbiguousAliases, a => Assert.Contains(a, country.Aliases));
        }
    }

    [Fact]
    public void Load_EntryKeys_Unique()
    {
        var keys = Shipped.Entries.Select(e => e.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Load_MissingDirectory_InvalidDataException()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-gazetteers-" + Guid.NewGuid().ToString("N"));

        Assert.Throws<InvalidDataException>(() => Gazetteer.Load(missing));
    }
}
