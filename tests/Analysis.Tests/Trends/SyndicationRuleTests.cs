using Pipeline.Analysis.Trends;

namespace Pipeline.Analysis.Tests.Trends;

public sealed class SyndicationRuleTests
{
    private static readonly DateOnly Day = new(2025, 5, 20);

    [Fact]
    public void Merge_SameFigureInNearCopiesWithinWindow_OneFigureWithBothArticles()
    {
        var reports = new[] { Report("a", Day, 0b1111, 5_200_000m, "USD"), Report("b", Day.AddDays(2), 0b0111, 5_200_000m, "USD") };

        var figure = Assert.Single(Rule().Merge(reports));

        Assert.Equal(["a", "b"], figure.Select(r => r.ArticleId));
        Assert.Equal(Day, figure[0].Day);
    }

    [Fact]
    public void Merge_SameFigureOutsideWindow_TwoFigures()
    {
        var reports = new[] { Report("a", Day, 0, 5_200_000m, "USD"), Report("b", Day.AddDays(8), 0, 5_200_000m, "USD") };

        Assert.Equal(2, Rule().Merge(reports).Count);
    }

    [Fact]
    public void Merge_SameFigureInDifferentStories_TwoFigures()
    {
        var reports = new[] { Report("a", Day, 0, 12m, null, "bác sĩ"), Report("b", Day, -1, 12m, null, "bác sĩ") };

        Assert.Equal(2, Rule().Merge(reports).Count);
    }

    [Fact]
    public void Merge_OtherValueOrCurrencyOrNoun_NotMerged()
    {
        var reports = new[]
        {
            Report("a", Day, 0, 100m, "USD"), Report("b", Day, 0, 100m, "EUR"), Report("c", Day, 0, 101m, "USD"),
            Report("d", Day, 0, 12m, null, "bác sĩ"), Report("e", Day, 0, 12m, null, "điều dưỡng"), Report("f", Day, 0, 12m, null, "Bác sĩ "),
        };

        var figures = Rule().Merge(reports);

        Assert.Equal(5, figures.Count);
        Assert.Equal(["d", "f"], figures.Single(f => f.Length == 2).Select(r => r.ArticleId));
    }

    [Fact]
    public void Merge_SameQuantityTwiceInOneArticle_OneFigure()
    {
        var reports = new[] { Report("a", Day, 0, 30m, null, "bác sĩ") with { Ordinal = 0 }, Report("a", Day, 0, 30m, null, "bác sĩ") with { Ordinal = 4 } };

        Assert.Single(Rule().Merge(reports));
    }

    [Fact]
    public void Merge_ChainOfCopies_OneFigure()
    {
        // a and c are 12 bits apart from b each, 24 from each other: copies of copies still make one figure.
        var reports = new[] { Report("a", Day, 0, 7m, null, "đoàn"), Report("b", Day.AddDays(3), 0xFFF, 7m, null, "đoàn"), Report("c", Day.AddDays(6), 0xFFFFFF, 7m, null, "đoàn") };

        Assert.Equal(["a", "b", "c"], Assert.Single(Rule().Merge(reports)).Select(r => r.ArticleId));
    }

    private static SyndicationRule Rule() => new(new TrendOptions());

    private static CountReport Report(string article, DateOnly day, long story, decimal value, string? currency, string noun = "USD") =>
        new(article, 0, day, story, CountKinds.Of(noun, currency), currency, CountKinds.UnitOf(noun, currency), value);
}
