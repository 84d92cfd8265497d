using System.Globalization;
using Pipeline.Analysis.Trends;
using Pipeline.Querying;

namespace Pipeline.Tests.Querying;

public sealed class TrendSpanTests
{
    [Theory]
    [InlineData("2025-05-01", "2025-05-31", TrendInterval.Month, 1)]
    [InlineData("2024-12-31", "2025-01-01", TrendInterval.Month, 2)]
    [InlineData("2024-03-31", "2024-04-01", TrendInterval.Quarter, 2)]
    [InlineData("2024-01-01", "2024-12-31", TrendInterval.Quarter, 4)]
    [InlineData("1900-01-01", "2100-12-31", TrendInterval.Year, 201)]
    [InlineData("1900-01-01", "2100-12-31", TrendInterval.Month, 2412)]
    public void Intervals_Range_CountsIntervalsTouched(string first, string last, TrendInterval interval, int expected)
    {
        var from = DateOnly.Parse(first, CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(last, CultureInfo.InvariantCulture);

        Assert.Equal(expected, TrendSpan.Intervals(from, to, interval));
    }

    [Theory]
    [InlineData(TrendInterval.Month)]
    [InlineData(TrendInterval.Quarter)]
    [InlineData(TrendInterval.Year)]
    public void Intervals_AgreesWithTheSeriesPeriodsOverGeneratedRanges(TrendInterval interval)
    {
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var first = DateOnly.FromDayNumber(random.Next(QueryDays.First.DayNumber, QueryDays.Last.DayNumber));
            var last = first.AddDays(random.Next(0, 40 * 366));
            if (last > QueryDays.Last)
            {
                continue;
            }

            Assert.Equal(TrendPeriods.Between(first, last, interval).Count, TrendSpan.Intervals(first, last, interval));
        }
    }

    [Fact]
    public void Fits_WholeWindow_OnlyYearly()
    {
        Assert.False(TrendSpan.Fits(QueryDays.First, QueryDays.Last, TrendInterval.Month));
        Assert.False(TrendSpan.Fits(QueryDays.First, QueryDays.Last, TrendInterval.Quarter));
        Assert.True(TrendSpan.Fits(QueryDays.First, QueryDays.Last, TrendInterval.Year));
    }

    [Fact]
    public void Fits_ExactlyTheLimit_FitsAndOneMoreDoesNot()
    {
        var first = new DateOnly(1996, 1, 1);

        Assert.True(TrendSpan.Fits(first, new DateOnly(2025, 12, 31), TrendInterval.Month));
        Assert.False(TrendSpan.Fits(first, new DateOnly(2026, 1, 1), TrendInterval.Month));
    }
}
