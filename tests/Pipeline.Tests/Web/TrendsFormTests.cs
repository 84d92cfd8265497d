using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Pipeline.Analysis.Trends;
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
