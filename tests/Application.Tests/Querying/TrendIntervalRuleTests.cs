using Pipeline.Analysis.Trends;
using Pipeline.Querying;

namespace Pipeline.Tests.Querying;

public sealed class TrendIntervalRuleTests
{
    [Fact]
    public void Choose_MedianNonZeroMonthlyCountBelowThree_PicksQuarters()
    {
        // Non-zero counts 1, 1, 2, 2, 5, 6: median 2.
        var series = Monthly(12, [1, 0, 2, 0, 0, 5, 0, 0, 0, 0, 0, 0], [0, 1, 0, 2, 0, 6, 0, 0, 0, 0, 0, 0]);

        Assert.Equal(TrendInterval.Quarter, TrendIntervalRule.Choose(series));
    }

    [Fact]
    public void Choose_MedianNonZeroMonthlyCountThreeOrMore_KeepsMonths()
    {
        // Zeros do not pull the median down: non-zero counts 3, 3, 4, 9, median 3.5.
        var series = Monthly(6, [3, 0, 0, 9, 0, 0], [0, 3, 0, 4, 0, 0]);

        Assert.Equal(TrendInterval.Month, TrendIntervalRule.Choose(series));
    }

    [Fact]
    public void Choose_NoLines_ReadsThePeriodTotals()
    {
        var dense = Monthly(3, totals: [4, 5, 6]);
        var sparse = Monthly(3, totals: [1, 0, 2]);

        Assert.Equal(TrendInterval.Month, TrendIntervalRule.Choose(dense));
        Assert.Equal(TrendInterval.Quarter, TrendIntervalRule.Choose(sparse));
    }

    [Fact]
    public void Choose_NoArticles_KeepsMonths()
    {
        Assert.Equal(TrendInterval.Month, TrendIntervalRule.Choose(Monthly(4, totals: [0, 0, 0, 0])));
    }

    [Fact]
    public void Choose_MoreMonthsThanTheLimit_PicksQuartersEvenWhenDense()
    {
        var months = TrendSpan.MaxIntervals + 1;
        var series = Monthly(months, Enumerable.Repeat(10, months).ToArray());

        Assert.Equal(TrendInterval.Quarter, TrendIntervalRule.Choose(series));
    }

    [Fact]
    public void Choose_QuarterlySeries_Throws()
    {
        var series = Monthly(3, totals: [1, 1, 1]) with { Interval = TrendInterval.Quarter };

        Assert.Throws<ArgumentException>(() => TrendIntervalRule.Choose(series));
    }

    [Theory]
    [InlineData(new[] { 0, 0 }, null)]
    [InlineData(new[] { 0, 7, 0 }, 7.0)]
    [InlineData(new[] { 2, 0, 4 }, 3.0)]
    [InlineData(new[] { 5, 1, 3 }, 3.0)]
    public void MedianNonZero_Counts_IgnoresZeros(int[] counts, double? expected)
    {
        Assert.Equal(expected, TrendIntervalRule.MedianNonZero(counts));
    }

    private static TrendSeries Monthly(int months, params int[][] lines) => Monthly(months, lines.Length == 0 ? new int[months] : Sum(lines, months), lines);

    private static TrendSeries Monthly(int months, int[] totals, int[][]? lines = null)
    {
        var periods = TrendPeriods.Between(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1).AddMonths(months - 1), TrendInterval.Month)
            .Select((p, i) => new TrendPeriod(p.Key, p.Start, p.End, totals[i], 0, 0)).ToList();
        var trendLines = (lines ?? []).Select((l, i) => new TrendLine("k" + i, "Giá trị " + i, l.Sum(), l)).ToList();
        return new TrendSeries(TrendDimension.Topic, TrendInterval.Month, TrendFilter.All, periods, trendLines, 0);
    }

    private static int[] Sum(int[][] lines, int months) => Enumerable.Range(0, months).Select(i => lines.Sum(l => l[i])).ToArray();
}
