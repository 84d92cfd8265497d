using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Pipeline.Analysis.Trends;
using Pipeline.Charts;
using Pipeline.Indexer.Search;
using Pipeline.Querying;
using Pipeline.Tests.Querying;
using Pipeline.Web;

namespace Pipeline.Tests.Web;

public sealed class TrendsFormTests
{
    [Theory]
    [MemberData(nameof(BoundaryDays.OutsideData), MemberType = typeof(BoundaryDays))]
    public void Parse_DayOutsideTheWindow_IsAQueryErrorNamingTheWindow(string day)
    {
        var from = Assert.Throws<SearchQueryException>(() => TrendsForm.Parse(Query($"from={day}")));
        var to = Assert.Throws<SearchQueryException>(() => TrendsForm.Parse(Query($"to={day}")));

        Assert.Contains(QueryDays.Window, from.Message, StringComparison.Ordinal);
        Assert.Contains(QueryDays.Window, to.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("interval=month&from=1995-12-31&to=2025-12-31")]
    [InlineData("interval=quarter&from=1900-01-01&to=2100-12-31")]
    public void Parse_RangeOverTheLimit_IsAQueryErrorNamingTheLimit(string query)
    {
        var error = Assert.Throws<SearchQueryException>(() => TrendsForm.Parse(Query(query)));

        Assert.Contains(TrendSpan.MaxIntervals.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("interval=month&from=1996-01-01&to=2025-12-31")]
    [InlineData("interval=year&from=1900-01-01&to=2100-12-31")]
    [InlineData("from=1900-01-01")]
    public void Parse_RangeWithinTheLimitOrOpen_IsTaken(string query)
    {
        Assert.NotNull(TrendsForm.Parse(Query(query)));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("interval=auto", null)]
    [InlineData("interval=AUTO", null)]
    [InlineData("interval=quarter", TrendInterval.Quarter)]
    public void Parse_IntervalAbsentOrAuto_LeavesItToTheRule(string query, TrendInterval? expected)
    {
        Assert.Equal(expected, TrendsForm.Parse(Query(query)).Interval);
    }

    [Fact]
    public void Parse_AutoIntervalOverAQuartersLimit_IsAQueryError()
    {
        // The rule picks months or quarters: a range too wide for quarters can never be drawn.
        Assert.Throws<SearchQueryException>(() => TrendsForm.Parse(Query("from=1900-01-01&to=2100-12-31")));
        Assert.NotNull(TrendsForm.Parse(Query("from=1950-01-01&to=2025-12-31")));
    }

    [Theory]
    [InlineData("", nameof(TrendChartKind.Area))]
    [InlineData("chart=bars", nameof(TrendChartKind.Bars))]
    [InlineData("chart=Lines", nameof(TrendChartKind.Lines))]
    [InlineData("stacked=1", nameof(TrendChartKind.Bars))]
    [InlineData("chart=lines&stacked=1", nameof(TrendChartKind.Lines))]
    public void Parse_Chart_TakesTheKindAndTheOlderStackedFlag(string query, string expected)
    {
        Assert.Equal(Enum.Parse<TrendChartKind>(expected), TrendsForm.Parse(Query(query)).Chart);
    }

    [Theory]
    [InlineData("chart=pie")]
    [InlineData("chart=1")]
    [InlineData("interval=week")]
    public void Parse_UnknownChoice_IsAQueryError(string query)
    {
        Assert.Throws<SearchQueryException>(() => TrendsForm.Parse(Query(query)));
    }

    [Fact]
    public void Parse_HideRepeated_KeepsEachKeyOnce()
    {
        var form = TrendsForm.Parse(Query("hide=health&hide=(khac)&hide=health&hide="));

        Assert.Equal(["health", "(khac)"], form.Hidden);
    }

    [Fact]
    public void Parse_HideTooMany_IsAQueryError()
    {
        var query = string.Join('&', Enumerable.Range(0, TrendsForm.MaxTop + 2).Select(i => "hide=k" + i));

        Assert.Throws<SearchQueryException>(() => TrendsForm.Parse(Query(query)));
    }

    [Fact]
    public void ToQueryString_EveryChoice_ParsesBackToTheSameForm()
    {
        var form = new TrendsForm(TrendDimension.Partner, TrendInterval.Year, new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30), true, 12, TrendChartKind.Lines) { Hidden = ["jica", "Bộ Y tế & KOICA"] };

        var back = TrendsForm.Parse(Query(form.ToQueryString()[1..]));

        Assert.Equal(form with { Hidden = [] }, back with { Hidden = [] });
        Assert.Equal(form.Hidden, back.Hidden);
    }

    [Fact]
    public void ToQueryString_Defaults_OmitsIntervalChartAndTop()
    {
        Assert.Equal("?by=topic", new TrendsForm().ToQueryString());
    }

    [Fact]
    public void Bounded_SeriesOneIntervalOverTheLimit_IsAQueryError()
    {
        var periods = TrendPeriods.Between(new DateOnly(1990, 1, 1), new DateOnly(2020, 1, 1), TrendInterval.Month)
            .Select(p => new TrendPeriod(p.Key, p.Start, p.End, 0, 0, 0)).ToList();
        var series = new TrendSeries(TrendDimension.Topic, TrendInterval.Month, TrendFilter.All, periods, [], 0);

        Assert.Equal(TrendSpan.MaxIntervals + 1, periods.Count);
        Assert.Throws<SearchQueryException>(() => TrendsForm.Bounded(series));
        var kept = series with { Periods = periods.Take(TrendSpan.MaxIntervals).ToList() };
        Assert.Same(kept, TrendsForm.Bounded(kept));
    }

    private static QueryCollection Query(string query) =>
        new(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).ToDictionary(p => p.Key, p => (StringValues)p.Value));
}
