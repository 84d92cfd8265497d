using System.Net;
using System.Text.Json;

namespace Pipeline.Tests.Web.Endpoints;

/// <summary>Issue #28: the world map's countries with ISO numeric codes and Vietnamese names, and its filters.</summary>
[Collection(WebTests.Name)]
public sealed class MapEndpointsTests(WebFixture fixture)
{
    [Fact]
    public async Task ApiMap_Countries_CarryNumericCodesNamesAndSearches()
    {
        using var json = await GetJsonAsync("/api/map");
        var countries = json.RootElement.GetProperty("countries").EnumerateArray().ToList();

        var japan = Assert.Single(countries, c => c.GetProperty("code").GetString() == "JP");
        Assert.Equal("392", japan.GetProperty("numeric").GetString());
        Assert.Equal("Nhật Bản", japan.GetProperty("name").GetString());
        Assert.Equal("/?country=JP&sort=date", japan.GetProperty("search").GetString());
        var articles = countries.Select(c => c.GetProperty("articles").GetInt32()).ToList();
        Assert.Equal(articles.OrderDescending(), articles);
        var names = json.RootElement.GetProperty("names");
        Assert.Equal("Hoa Kỳ", names.GetProperty("840").GetString());
        Assert.True(names.EnumerateObject().Count() > 150, "every gazetteer country with a numeric code");
    }

    [Fact]
    public async Task ApiMap_SearchOfACountry_FindsAsManyArticles()
    {
        using var json = await GetJsonAsync("/api/map?from=2020-01-01");
        var first = json.RootElement.GetProperty("countries")[0];

        using var hits = await GetJsonAsync("/api/search" + first.GetProperty("search").GetString()![1..]);

        Assert.Equal(first.GetProperty("articles").GetInt32(), hits.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("topic=training-capacity", true)]
    [InlineData("cooperation=1", false)]
    public async Task ApiMap_Filter_NoCountryGainsArticles(string filter, bool narrows)
    {
        using var all = await GetJsonAsync("/api/map");
        using var filtered = await GetJsonAsync("/api/map?" + filter);
        var before = all.RootElement.GetProperty("countries").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("articles").GetInt32(), StringComparer.Ordinal);
        var after = filtered.RootElement.GetProperty("countries").EnumerateArray().ToList();

        var total = after.Sum(c => c.GetProperty("articles").GetInt32());
        Assert.True(narrows ? total < before.Values.Sum() : total <= before.Values.Sum(), $"{filter}: {total} of {before.Values.Sum()}");
        Assert.All(after, c => Assert.True(c.GetProperty("articles").GetInt32() <= before[c.GetProperty("code").GetString()!]));
    }

    [Fact]
    public async Task MapPage_WithoutScript_ListsTheCountriesWithCounts()
    {
        var html = await fixture.Client.GetStringAsync(new Uri("/map?cooperation=1", UriKind.Relative));

        Assert.Contains("<tr data-code=\"JP\"><th scope=\"row\"><a href=\"/?country=JP&amp;sort=date\">Nhật Bản</a>", html, StringComparison.Ordinal);
        Assert.Contains("data-api=\"/api/map?cooperation=1\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" name=\"cooperation\" value=\"1\" checked>", html, StringComparison.Ordinal);
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
