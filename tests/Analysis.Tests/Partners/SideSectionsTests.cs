using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class SideSectionsTests
{
    private static readonly Dictionary<string, string> Countries = new(StringComparer.Ordinal)
    {
        ["Lào"] = "LA", ["Campuchia"] = "KH", ["Việt Nam"] = "VN", ["CHDCND Lào"] = "LA",
    };

    [Fact]
    public void Find_TwoSidesOnOneLine_EachRunsToTheNextOpening()
    {
        const string text = "Về phía Campuchia có Bộ Y tế; về phía Việt Nam có Sở Y tế Kiên Giang.\nHai bên ký kết.";

        var sections = SideSections.Find(text, Countries);

        Assert.Equal(2, sections.Count);
        Assert.Equal(("KH", 0), (sections[0].Code, sections[0].Start));
        Assert.Equal(text.IndexOf("về phía Việt Nam", StringComparison.Ordinal), sections[0].End);
        Assert.Equal("VN", sections[1].Code);
        Assert.Equal(text.IndexOf('\n', StringComparison.Ordinal), sections[1].End);
    }

    [Theory]
    [InlineData("Về phía nước bạn CHDCND Lào có Bộ Y tế.", "LA")]
    [InlineData("Phía Chính phủ Lào cam kết hỗ trợ.", "LA")]
    public void Find_FillersBeforeTheCountry_CountryRead(string text, string code)
    {
        Assert.Equal(code, Assert.Single(SideSections.Find(text, Countries)).Code);
    }

    [Theory]
    [InlineData("Về phía bệnh viện, các bác sĩ đã sẵn sàng.")]
    [InlineData("Đoàn đi về phía biên giới Lào.")]
    public void Find_NoCountryAfterTheOpener_NoSection(string text)
    {
        Assert.Empty(SideSections.Find(text, Countries));
    }
}
