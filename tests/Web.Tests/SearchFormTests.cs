using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Pipeline.Indexer.Search;
using Pipeline.Querying;
using Pipeline.Tests.Querying;
using Pipeline.Web;

namespace Pipeline.Tests.Web;

public sealed class SearchFormTests
{
    [Fact]
    public void Parse_FullQuery_RoundTripsThroughTheQueryString()
    {
        var form = SearchForm.Parse(Query("q=h%E1%BB%A3p%20t%C3%A1c&topic=training-capacity&country=jp&from=2025-01-01&to=2025-01-31&sort=date&limit=20&page=3"));

        Assert.Equal("hợp tác", form.Query);
        Assert.Equal("JP", form.Country);
        Assert.Equal("?q=h%E1%BB%A3p%20t%C3%A1c&topic=training-capacity&country=JP&from=2025-01-01&to=2025-01-31&sort=date&limit=20&page=3", form.ToQueryString());
        Assert.Equal(form, SearchForm.Parse(Query(form.ToQueryString()[1..])));
    }

    [Fact]
    public void Parse_Party_RoundTripsAndFiltersTheRequest()
    {
        var form = SearchForm.Parse(Query("party=bo-y-te"));

        Assert.Equal("bo-y-te", form.Party);
        Assert.True(form.HasFilters);
        Assert.Equal("?party=bo-y-te", form.ToQueryString());
        Assert.Equal("bo-y-te", form.ToRequest(p => p).Party);
    }

    [Fact]
    public void ToRequest_DayRange_CoversWholeDaysInVietnameseTime()
    {
        var request = SearchForm.Parse(Query("from=2025-01-01&to=2025-01-31")).ToRequest(p => p);

        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)), request.From);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.FromHours(7)), request.To);
    }

    [Theory]
    [InlineData("from=2025-02-01&to=2025-01-01")]
    [InlineData("page=0")]
    [InlineData("limit=-5")]
    [InlineData("limit=1e3")]
    public void Parse_OutOfRange_IsAQueryError(string query)
    {
        Assert.Throws<SearchQueryException>(() => SearchForm.Parse(Query(query)));
    }

    [Theory]
    [MemberData(nameof(BoundaryDays.OutsideData), MemberType = typeof(BoundaryDays))]
    public void Parse_DayOutsideTheWindow_IsAQueryErrorNamingTheWindow(string day)
    {
        var from = Assert.Throws<SearchQueryException>(() => SearchForm.Parse(Query($"from={day}")));
        var to = Assert.Throws<SearchQueryException>(() => SearchForm.Parse(Query($"to={day}")));

        Assert.Contains(QueryDays.Window, from.Message, StringComparison.Ordinal);
        Assert.Contains(QueryDays.Window, to.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToRequest_WholeWindow_EndsAtTheMidnightAfterTheLastDay()
    {
        var request = SearchForm.Parse(Query("from=1900-01-01&to=2100-12-31")).ToRequest(p => p);

        Assert.Equal(new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)), request.From);
        Assert.Equal(new DateTimeOffset(2101, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)), request.To);
    }

    private static QueryCollection Query(string query) =>
        new(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).ToDictionary(p => p.Key, p => (StringValues)p.Value));
}
