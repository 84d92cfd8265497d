using Pipeline.Analysis.Trends;
using Pipeline.Querying;

namespace Pipeline.Tests.Querying;

public sealed class TrendOthersTests
{
    [Fact]
    public void Fold_MoreValuesThanTop_KeepsTheTopAndSumsTheRestPerInterval()
    {
        var series = Series(("a", [5, 4]), ("b", [3, 3]), ("c", [1, 2]), ("d", [0, 2]));

        var folded = TrendOthers.Fold(series, 2);

        Assert.Equal(["a", "b", TrendOthers.Key], folded.Lines.Select(l => l.Key));
        var others = folded.Lines[^1];
        Assert.Equal(TrendOthers.Label, others.Label);
        Assert.Equal([1, 4], others.Articles);
        Assert.Equal(5, others.Total);
        Assert.Equal(2, folded.OmittedValues);
        Assert.Same(series.Periods, folded.Periods);
    }

    [Fact]
    public void Fold_TopCoversEveryValue_AddsNoOthersLine()
    {
        var series = Series(("a", [5, 4]), ("b", [3, 3]));

        var folded = TrendOthers.Fold(series, 2);

        Assert.Same(series, folded);
        Assert.DoesNotContain(folded.Lines, l => l.Key == TrendOthers.Key);
    }

    [Fact]
    public void Fold_ValuesAlreadyOmittedUpstream_AreCountedToo()
    {
        var series = Series(("a", [1, 1]), ("b", [1, 0]), ("c", [0, 1])) with { OmittedValues = 4 };

        Assert.Equal(6, TrendOthers.Fold(series, 1).OmittedValues);
    }

    [Fact]
    public void Fold_TopBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendOthers.Fold(Series(("a", [1, 1])), 0));
    }

    private static TrendSeries Series(params (string Key, int[] Articles)[] lines)
    {
        var periods = TrendPeriods.Between(new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), TrendInterval.Quarter)
            .Select((p, i) => new TrendPeriod(p.Key, p.Start, p.End, lines.Sum(l => l.Articles[i]), 0, 0)).ToList();
        return new TrendSeries(TrendDimension.Topic, TrendInterval.Quarter, TrendFilter.All, periods, lines.Select(l => new TrendLine(l.Key, l.Key.ToUpperInvariant(), l.Articles.Sum(), l.Articles)).ToList(), 0);
    }
}
