using Pipeline.Analysis.Trends;

namespace Pipeline.Analysis.Tests.Trends;

public sealed class TrendPeriodsTests
{
    [Theory]
    [InlineData("2025-05", TrendInterval.Month, "2025-05")]
    [InlineData("2025-05", TrendInterval.Quarter, "2025-Q2")]
    [InlineData("2025-12", TrendInterval.Quarter, "2025-Q4")]
    [InlineData("2025-01", TrendInterval.Year, "2025")]
    public void KeyOf_Month_IntervalKey(string month, TrendInterval interval, string expected)
    {
        Assert.Equal(expected, TrendPeriods.KeyOf(month, interval));
    }

    [Fact]
    public void Between_QuartersAcrossAYear_EveryQuarterWithItsDays()
    {
        var periods = TrendPeriods.Between(new DateOnly(2024, 11, 5), new DateOnly(2025, 4, 1), TrendInterval.Quarter);

        Assert.Equal(["2024-Q4", "2025-Q1", "2025-Q2"], periods.Select(p => p.Key));
        Assert.Equal(new DateOnly(2024, 10, 1), periods[0].Start);
        Assert.Equal(new DateOnly(2025, 3, 31), periods[1].End);
    }

    [Fact]
    public void DayOf_LateEveningUtc_NextDayInVietnam()
    {
        Assert.Equal(new DateOnly(2025, 1, 1), TrendProjection.DayOf(new DateTimeOffset(2024, 12, 31, 18, 30, 0, TimeSpan.Zero)));
        Assert.Null(TrendProjection.DayOf(null));
    }
}
