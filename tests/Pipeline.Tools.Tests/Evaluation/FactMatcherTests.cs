using Pipeline.Evaluation;
using Pipeline.Text.Facts;

namespace Pipeline.Tools.Tests.Evaluation;

public sealed class FactMatcherTests
{
    [Theory]
    [InlineData("2023/2028", "2023-01-01/2028-12-31")]
    [InlineData("2024-04/2025-12", "2024-04-01/2025-12-31")]
    [InlineData("2018/2023-01-12", "2018-01-01/2023-01-12")]
    public void Dates_RangeEndsAtOtherPrecision_Match(string gold, string predicted)
    {
        var match = FactMatcher.Dates([new DateFact("giai đoạn", gold, 10)], [new DateFact("giai đoạn", predicted, 10)]);

        Assert.Empty(match.Spurious);
        Assert.Empty(match.Missed);
    }

    [Theory]
    [InlineData("2023/2028", "2023-01-01/2027-12-31")]
    [InlineData("2025", "2025-01-01/2025-12-31")]
    public void Dates_DifferentValues_NoMatch(string gold, string predicted)
    {
        var match = FactMatcher.Dates([new DateFact("năm", gold, 10)], [new DateFact("năm", predicted, 10)]);

        Assert.Single(match.Spurious);
        Assert.Single(match.Missed);
    }

    [Fact]
    public void Partners_SameNameAtAnotherMentionUnderAnotherKey_Match()
    {
        var gold = new PartnerFact("Hủa Phăn", "hua-phan", "city", "Lào", "LA", "Hủa Phăn", 60);
        var predicted = new PartnerFact("Hủa Phăn", "houaphanh", "city", "Lào", "LA", "Hủa Phăn", 1350);

        var match = FactMatcher.Partners([gold], [predicted]);

        Assert.Empty(match.Spurious);
        Assert.Empty(match.Missed);
    }

    [Fact]
    public void Partners_CountryWrittenTwoWays_MatchByCode()
    {
        var gold = new PartnerFact("CHLB Đức", "germany", "country", "Đức", "DE", "CHLB Đức", 200);
        var predicted = new PartnerFact("Đức", "de", "country", "Đức", "DE", "Đức", 480);

        var match = FactMatcher.Partners([gold], [predicted]);

        Assert.Empty(match.Missed);
    }

    [Fact]
    public void Partners_OtherCountryOrOtherName_NoMatch()
    {
        var gold = new PartnerFact("Lào", "la", "country", "Lào", "LA", "Lào", 10);
        var predicted = new PartnerFact("Campuchia", "kh", "country", "Campuchia", "KH", "Campuchia", 90);

        var match = FactMatcher.Partners([gold], [predicted]);

        Assert.Single(match.Spurious);
        Assert.Single(match.Missed);
    }
}
