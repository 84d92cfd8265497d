using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.Web;

[Collection(WebTests.Name)]
public sealed class ApiTests(WebFixture fixture)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Search_QueryWithFilter_ReturnsHitsAndFacetsLikeTheCli()
    {
        using var all = await JsonAsync("/api/search?q=h%E1%BB%A3p%20t%C3%A1c&limit=100");
        var total = all.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 10, $"{total} hits");
        var topic = all.RootElement.GetProperty("facets").GetProperty("topic").EnumerateObject().First();

        using var filtered = await JsonAsync($"/api/search?q=hop%20tac&topic={topic.Name}&limit=100");

        // Facets count the whole result set, so following one gives exactly its count.
        Assert.Equal(topic.Value.GetInt32(), filtered.RootElement.GetProperty("total").GetInt32());
        Assert.All(filtered.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.Contains(h.GetProperty("topics").EnumerateArray(), t => t.GetProperty("label").GetString() == topic.Name));
    }

    [Fact]
    public async Task Search_DateSortAndPaging_PagesDoNotOverlapAndAreNewestFirst()
    {
        using var first = await JsonAsync("/api/search?sort=date&limit=5&page=1");
        using var second = await JsonAsync("/api/search?sort=date&limit=5&page=2");

        var dates = first.RootElement.GetProperty("hits").EnumerateArray().Concat(second.RootElement.GetProperty("hits").EnumerateArray())
            .Select(h => h.GetProperty("published").GetDateTimeOffset()).ToList();
        Assert.Equal(10, dates.Count);
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        var ids = first.RootElement.GetProperty("hits").EnumerateArray().Concat(second.RootElement.GetProperty("hits").EnumerateArray()).Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(10, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("/api/search?q=%22unclosed")]
    [InlineData("/api/search?q=a&limit=101")]
    [InlineData("/api/search?q=a&limit=100&page=101")]
    [InlineData("/api/search?q=a&from=20-5-2025")]
    [InlineData("/api/search?q=a&q=b")]
    [InlineData("/api/search?q=a&sort=best")]
    public async Task Search_BadParameters_Answers400WithProblem(string path)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_QueryOverTheLimit_Answers400()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/search?q=" + new string('a', 501), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("500", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_Known_ReturnsTextWhoseOffsetsHoldTheFacts()
    {
        var id = await FirstIdAsync("JICA");

        using var article = await JsonAsync($"/api/articles/{id}");

        var text = article.RootElement.GetProperty("text").GetString()!;
        var facts = article.RootElement.GetProperty("facts");
        var spans = new[] { "partners", "parties", "counts", "dates" }.SelectMany(kind => facts.GetProperty(kind).EnumerateArray()).ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, f => Assert.Equal(f.GetProperty("span").GetString(), text.Substring(f.GetProperty("start").GetInt32(), f.GetProperty("span").GetString()!.Length)));
        Assert.Contains(facts.GetProperty("partners").EnumerateArray(), p => p.GetProperty("key").GetString() == "jica");
        Assert.NotEmpty(article.RootElement.GetProperty("similar").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/articles/0000000000000000")]
    [InlineData("/api/articles/..%2f..%2fetc")]
    public async Task Article_Unknown_Answers404(string path)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Article_HostileTitle_JsonEscapesMarkup()
    {
        var id = await FirstIdAsync("\"Thử nghiệm an toàn\"");

        var json = await fixture.Client.GetStringAsync(new Uri($"/api/articles/{id}", UriKind.Relative));

        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(ArchiveNews.XssTitle, document.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Status_AfterTheCrawl_MirrorsPipelineStatus()
    {
        using var status = await JsonAsync("/api/status");

        Assert.True(status.RootElement.GetProperty("healthy").GetBoolean());
        Assert.Equal(fixture.Site.Count, status.RootElement.GetProperty("store").GetProperty("articles").GetInt32());
        Assert.Equal(fixture.Site.Count, status.RootElement.GetProperty("index").GetProperty("documents").GetInt32());
        Assert.Equal(0, status.RootElement.GetProperty("index").GetProperty("lag").GetInt64());
        Assert.Equal("succeeded", status.RootElement.GetProperty("lastRun").GetProperty("status").GetString());
        using var runs = await JsonAsync("/api/runs?limit=5");
        Assert.Equal(status.RootElement.GetProperty("lastRun").GetProperty("id").GetInt64(), runs.RootElement[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Trends_ByTopicPerYear_CountsTheCrawledArticles()
    {
        using var trends = await JsonAsync("/api/trends?by=topic&interval=year&top=20");

        var periods = trends.RootElement.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(fixture.Site.Count, periods.Sum(p => p.GetProperty("articles").GetInt32()));
        Assert.Equal("topic", trends.RootElement.GetProperty("dimension").GetString());
        Assert.All(trends.RootElement.GetProperty("lines").EnumerateArray(), l => Assert.Equal(periods.Count, l.GetProperty("articles").GetArrayLength()));

        using var response = await fixture.Client.GetAsync(new Uri("/api/trends?by=weather", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TrendChart_Png_IsAnImage()
    {
        var png = await fixture.Client.GetByteArrayAsync(new Uri("/trends/chart.png?by=partner&interval=quarter", UriKind.Relative));

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    [Fact]
    public async Task SearchPage_PartnerFacet_ShowsNamesNotKeys()
    {
        var html = await fixture.Client.GetStringAsync(new Uri("/?q=hop%20tac", UriKind.Relative));

        var section = html[html.IndexOf("data-facet=\"partner\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        var links = System.Text.RegularExpressions.Regex.Matches(section, "data-value=\"([^\"]+)\">([^<]+)</a>");
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.NotEqual(l.Groups[1].Value, l.Groups[2].Value));
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        using var document = await JsonAsync("/openapi/v1.json");

        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/articles/{id}", "/api/status", "/api/runs", "/api/trends", "/feeds/search" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }

        Assert.False(paths.TryGetProperty("/", out _), "pages are not API");
    }

    [Fact]
    public async Task Feed_TopicSearch_IsAtomOfNewestMatchesLinkingHere()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/feeds/search?q=hop%20tac&topic=training-capacity", UriKind.Relative));

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderByDescending(p => p), published);
        Assert.All(entries, e => Assert.Contains(e.Elements(Atom + "category"), c => c.Attribute("term")!.Value == "training-capacity"));
        Assert.All(entries, e => Assert.StartsWith(fixture.BaseUri + "articles/", e.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "alternate").Attribute("href")!.Value, StringComparison.Ordinal));
        Assert.Equal(fixture.BaseUri + "feeds/search?q=hop%20tac&topic=training-capacity", feed.Root.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "self").Attribute("href")!.Value);
    }

    [Fact]
    public async Task Feed_HostileArticle_CarriesPayloadAsTextOnly()
    {
        var xml = await fixture.Client.GetStringAsync(new Uri("/feeds/search?q=%22Th%E1%BB%AD%20nghi%E1%BB%87m%20an%20to%C3%A0n%22", UriKind.Relative));

        var entry = Assert.Single(XDocument.Parse(xml).Root!.Elements(Atom + "entry"));
        Assert.Equal(ArchiveNews.XssTitle, entry.Element(Atom + "title")!.Value);
        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/search?q=a")]
    [InlineData("/status")]
    public async Task AnyResponse_CarriesContentSecurityPolicyWithScriptOnlyFromItself(string path)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Actions_Disabled_CrawlCannotBeStarted()
    {
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("token", "x")]);
        using var response = await fixture.Client.PostAsync(new Uri("/actions/crawl", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> FirstIdAsync(string query)
    {
        using var results = await JsonAsync("/api/search?q=" + Uri.EscapeDataString(query));
        return results.RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;
    }

    private async Task<JsonDocument> JsonAsync(string path)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
