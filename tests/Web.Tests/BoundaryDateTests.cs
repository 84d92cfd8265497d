using System.Net;
using Pipeline.Querying;
using Pipeline.Tests.Querying;

namespace Pipeline.Tests.Web;

/// <summary>
/// Issue #27, finding 2: days at and past the edges of the calendar (0001-01-01, 9999-12-31 and generated days between)
/// on every page, feed and API that takes from or to answer 400 with a readable message, never 500.
/// </summary>
[Collection(WebTests.Name)]
public sealed class BoundaryDateTests(WebFixture fixture)
{
    [Theory]
    [InlineData("/?q=y%20t%E1%BA%BF", "text/html")]
    [InlineData("/api/search?q=y%20t%E1%BA%BF", "application/problem+json")]
    [InlineData("/feeds/search?q=y%20t%E1%BA%BF", "application/problem+json")]
    [InlineData("/trends?by=topic", "text/html")]
    [InlineData("/api/trends?by=topic", "application/problem+json")]
    [InlineData("/trends.csv?by=topic", "text/plain")]
    [InlineData("/trends/chart.png?by=topic", "text/plain")]
    [InlineData("/trends/countries.png?by=topic", "text/plain")]
    public async Task Endpoint_DayOutsideTheWindow_Answers400NamingTheWindow(string path, string mediaType)
    {
        foreach (var name in new[] { "from", "to" })
        {
            foreach (var day in BoundaryDays.Outside)
            {
                using var response = await fixture.Client.GetAsync(new Uri($"{path}&{name}={day}", UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();

                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}&{name}={day}: {(int)response.StatusCode} {body}");
                Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
                Assert.Contains(QueryDays.Window, body, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("/?q=y%20t%E1%BA%BF")]
    [InlineData("/api/search?q=y%20t%E1%BA%BF")]
    [InlineData("/feeds/search?q=y%20t%E1%BA%BF")]
    [InlineData("/trends?interval=year")]
    [InlineData("/api/trends?interval=year")]
    [InlineData("/trends.csv?interval=year")]
    [InlineData("/trends/chart.png?interval=year")]
    [InlineData("/trends/countries.png?interval=year")]
    public async Task Endpoint_WholeWindow_Answers200(string path)
    {
        using var response = await fixture.Client.GetAsync(new Uri($"{path}&from={QueryDays.Format(QueryDays.First)}&to={QueryDays.Format(QueryDays.Last)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_LastDayOfTheWindowAsTo_FindsWhatAnOpenEndFinds()
    {
        using var open = await fixture.Client.GetAsync(new Uri("/api/search?q=h%E1%BB%A3p%20t%C3%A1c&limit=1", UriKind.Relative));
        using var bounded = await fixture.Client.GetAsync(new Uri("/api/search?q=h%E1%BB%A3p%20t%C3%A1c&limit=1&to=2100-12-31&from=1900-01-01", UriKind.Relative));

        Assert.Equal(Total(await open.Content.ReadAsStringAsync()), Total(await bounded.Content.ReadAsStringAsync()));
    }

    private static int Total(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("total").GetInt32();
    }
}
