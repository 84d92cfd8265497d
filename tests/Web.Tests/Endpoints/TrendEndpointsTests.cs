using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
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
    public async Task TrendsPage_TopValues_FoldsTheRestIntoOneLineThatAddsUp()
    {
        var html = await fixture.Client.GetStringAsync(new Uri("/trends?by=topic&interval=year&top=2", UriKind.Relative));
        using var api = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri("/api/trends?by=topic&interval=year&top=50", UriKind.Relative)));

        Assert.Contains($"data-key=\"{TrendOthers.Key}\" data-others=\"1\">{TrendOthers.Label}</th>", html, StringComparison.Ordinal);
        var lines = api.RootElement.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("articles").EnumerateArray().Select(a => a.GetInt32()).ToArray()).ToList();
        Assert.True(lines.Count > 2, $"{lines.Count} topics");
        var rows = Regex.Matches(html, "<tr class=\"period\"[^>]*>.*?</tr>", RegexOptions.Singleline | RegexOptions.NonBacktracking);
        Assert.Equal(lines[0].Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var values = Regex.Matches(rows[i].Value, "data-value=\"(\\d+)\"", RegexOptions.NonBacktracking).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            // Total, the two top values, then the rest.
            Assert.Equal([lines[0][i], lines[1][i], lines.Skip(2).Sum(l => l[i])], values.Skip(1));
        }
    }

    [Fact]
    public async Task TrendsPage_NoInterval_NamesTheIntervalTheRuleChoseAndLinksDownloadsToIt()
    {
        var html = await fixture.Client.GetStringAsync(new Uri("/trends?by=topic", UriKind.Relative));

        var chosen = Regex.Match(html, "<option value=\"auto\" selected>Tự động \\((tháng|quý)\\)</option>", RegexOptions.NonBacktracking);
        Assert.True(chosen.Success, "the auto option names its choice");
        var interval = chosen.Groups[1].Value == "quý" ? "quarter" : "month";
        Assert.Contains($"/trends.csv?by=topic&amp;interval={interval}", html, StringComparison.Ordinal);
        Assert.Contains($"/trends/chart.png?by=topic&amp;interval={interval}", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chart=area")]
    [InlineData("chart=bars&hide=other")]
    [InlineData("chart=lines&interval=auto")]
    public async Task ChartPng_EveryKind_IsAPng(string query)
    {
        using var response = await fixture.Client.GetAsync(new Uri("/trends/chart.png?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await response.Content.ReadAsByteArrayAsync())[..4]);
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
