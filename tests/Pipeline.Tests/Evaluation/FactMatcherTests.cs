using Pipeline.Analysis.Facts;
using Pipeline.Evaluation;

namespace Pipeline.Tests.Evaluation;

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
}
