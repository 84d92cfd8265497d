using System.Net;
using System.Text.Json;
using Pipeline.Querying;

namespace Pipeline.Tests.Web.Endpoints;

/// <summary>Issue #27, finding 11: a trend covers at most <see cref="TrendSpan.MaxIntervals"/> intervals; a wider range answers a short 400, not megabytes.</summary>
[Collection(WebTests.Name)]
public sealed class TrendEndpointsTests(WebFixture fixture)
{
    [Theory]
    [InlineData("/trends", "text/html")]
    [InlineData("/api/trends", "application/problem+json")]
    [InlineData("/trends.csv", "text/plain")]
    [InlineData("/trends/chart.png", "text/plain")]
    public async Task Series_RangeWiderThanTheLimit_Answers400NamingTheLimit(string path, string mediaType)
    {
        // Both ends given (refused before reading), and an open end that runs to the newest article (refused after).
        foreach (var query in new[] { "?from=1900-01-01&to=2100-12-31", "?interval=quarter&from=1900-01-01&to=2100-12-31", "?from=1900-01-01", "?to=1990-01-01&from=1900-01-01&interval=month&top=50" })
        {
            using var response = await fixture.Client.GetAsync(new Uri(path + query, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}{query}: {(int)response.StatusCode}");
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(TrendSpan.MaxIntervals.ToString(System.Globalization.CultureInfo.InvariantCulture), body, StringComparison.Ordinal);
            Assert.True(body.Length < 20_000, $"{path}{query}: {body.Length} characters");
        }
    }

    [Fact]
    public async Task ApiTrends_ExactlyTheLimit_AnswersEveryInterval()
    {
        // 1996-01 to 2025-12 is 360 months, the crawled articles' months among them.
        using var response = await fixture.Client.GetAsync(new Uri("/api/trends?interval=month&from=1996-01-01&to=2025-12-31", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var periods = json.RootElement.GetProperty("periods");
        Assert.Equal(TrendSpan.MaxIntervals, periods.GetArrayLength());
        Assert.Equal("1996-01", periods[0].GetProperty("key").GetString());
        Assert.Equal("2025-12", periods[TrendSpan.MaxIntervals - 1].GetProperty("key").GetString());
    }

    [Fact]
    public async Task TrendsCsv_OpenEndOverTheLimit_IsSmall()
    {
        // The probe's case: an open "to" and the earliest "from" used to answer 21.6 MB.
        using var response = await fixture.Client.GetAsync(new Uri("/trends.csv?from=1900-01-01&top=50", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 1_000);
    }

    [Fact]
    public async Task OpenApi_TrendsDescription_NamesTheLimits()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var description = json.RootElement.GetProperty("paths").GetProperty("/api/trends").GetProperty("get").GetProperty("description").GetString();
        Assert.Contains($"at most {TrendSpan.MaxIntervals} intervals", description, StringComparison.Ordinal);
        Assert.Contains(QueryDays.Window, description, StringComparison.Ordinal);
    }
}
