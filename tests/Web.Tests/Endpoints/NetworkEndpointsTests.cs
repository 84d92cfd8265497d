using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Pipeline.Web;

namespace Pipeline.Tests.Web.Endpoints;

/// <summary>Issue #28: the network's JSON, its node articles and the GraphML and GEXF of the same view, with their filters and bad inputs.</summary>
[Collection(WebTests.Name)]
public sealed class NetworkEndpointsTests(WebFixture fixture)
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://www.gexf.net/1.2draft";

    [Fact]
    public async Task ApiNetwork_NoFilters_KeepsTheTopNodesAndOnlyEdgesBetweenThem()
    {
        using var json = await GetJsonAsync("/api/network");
        var root = json.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        var ids = nodes.Select(n => n.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(ExploreForm.DefaultTop, root.GetProperty("top").GetInt32());
        Assert.InRange(nodes.Count, 2, ExploreForm.DefaultTop);
        Assert.True(root.GetProperty("totalNodes").GetInt32() >= nodes.Count);
        Assert.Contains(nodes, n => n.GetProperty("role").GetString() == "party");
        Assert.Contains(nodes, n => n.GetProperty("role").GetString() == "partner");
        var articles = nodes.Select(n => n.GetProperty("articles").GetInt32()).ToList();
        Assert.Equal(articles.OrderDescending(), articles);
        Assert.True(root.GetProperty("edges").GetArrayLength() > 0, "some pairs are named together");
        foreach (var edge in root.GetProperty("edges").EnumerateArray())
        {
            Assert.Contains(edge.GetProperty("source").GetString()!, ids);
            Assert.Contains(edge.GetProperty("target").GetString()!, ids);
            Assert.True(edge.GetProperty("weight").GetInt32() >= 1);
        }
    }

    [Fact]
    public async Task ApiNetwork_Top_KeepsThatManyNodes()
    {
        using var json = await GetJsonAsync("/api/network?top=3");

        Assert.Equal(3, json.RootElement.GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("topic=training-capacity", true)]
    [InlineData("country=JP", true)]
    [InlineData("from=2025-01-01&to=2025-06-30", true)]
    // Every article of the demo archive that names a participant may be about cooperation.
    [InlineData("cooperation=1", false)]
    public async Task ApiNetwork_Filter_NoNodeGainsArticles(string filter, bool narrows)
    {
        using var all = await GetJsonAsync("/api/network?top=300");
        using var filtered = await GetJsonAsync("/api/network?top=300&" + filter);
        var before = all.RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("articles").GetInt32(), StringComparer.Ordinal);
        var after = filtered.RootElement.GetProperty("nodes").EnumerateArray().ToList();

        var total = after.Sum(n => n.GetProperty("articles").GetInt32());
        Assert.True(narrows ? total < before.Values.Sum() : total <= before.Values.Sum(), $"{filter}: {total} of {before.Values.Sum()}");
        foreach (var node in after)
        {
            Assert.True(node.GetProperty("articles").GetInt32() <= before[node.GetProperty("id").GetString()!], node.GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task ApiNetwork_CountryFilter_KeepsArticlesNamingAPartnerOfIt()
    {
        using var json = await GetJsonAsync("/api/network?country=JP");
        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();

        Assert.Contains(nodes, n => n.GetProperty("role").GetString() == "partner" && n.GetProperty("countryCode").GetString() == "JP");
        Assert.All(nodes, n => Assert.Contains("country=JP", n.GetProperty("search").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/network.graphml", "application/graphml+xml", "mang-luoi-hop-tac.graphml")]
    [InlineData("/network.gexf", "application/gexf+xml", "mang-luoi-hop-tac.gexf")]
    public async Task Download_SameFilters_HoldsTheNodesAndEdgesOfTheView(string path, string mediaType, string fileName)
    {
        const string Query = "?top=12&cooperation=1";
        using var json = await GetJsonAsync("/api/network" + Query);
        var ids = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();

        using var response = await fixture.Client.GetAsync(new Uri(path + Query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        var ns = path.EndsWith("graphml", StringComparison.Ordinal) ? GraphMl : Gexf;
        Assert.Equal(ids, xml.Descendants(ns + "node").Select(n => (string)n.Attribute("id")!).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(json.RootElement.GetProperty("edges").GetArrayLength(), xml.Descendants(ns + "edge").Count());
    }

    [Fact]
    public async Task ApiNetworkArticles_TopNode_ListsItsNewestArticlesAndASearchThatFindsThem()
    {
        using var network = await GetJsonAsync("/api/network?top=1");
        var node = network.RootElement.GetProperty("nodes")[0];
        var id = node.GetProperty("id").GetString()!;

        using var json = await GetJsonAsync("/api/network/articles?limit=5&node=" + Uri.EscapeDataString(id));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();

        Assert.Equal(id, json.RootElement.GetProperty("node").GetString());
        Assert.Equal(Math.Min(5, node.GetProperty("articles").GetInt32()), articles.Count);
        Assert.All(articles, a => Assert.StartsWith("/articles/", a.GetProperty("page").GetString(), StringComparison.Ordinal));
        var published = articles.Select(a => a.GetProperty("published").GetDateTimeOffset()).ToList();
        Assert.Equal(published.OrderDescending(), published);
        var search = json.RootElement.GetProperty("search").GetString()!;
        Assert.StartsWith("/?", search, StringComparison.Ordinal);
        using var hits = await GetJsonAsync("/api/search" + search[1..]);
        Assert.True(hits.RootElement.GetProperty("total").GetInt32() >= articles.Count, search);
    }

    [Fact]
    public async Task ApiNetworkArticles_PartyNode_SearchFiltersByParty()
    {
        using var network = await GetJsonAsync("/api/network?top=300");
        var party = network.RootElement.GetProperty("nodes").EnumerateArray().First(n => n.GetProperty("role").GetString() == "party");
        var key = party.GetProperty("key").GetString()!;

        using var json = await GetJsonAsync("/api/network/articles?node=" + Uri.EscapeDataString(party.GetProperty("id").GetString()!));
        var search = json.RootElement.GetProperty("search").GetString()!;

        Assert.Contains("party=" + Uri.EscapeDataString(key), search, StringComparison.Ordinal);
        using var hits = await GetJsonAsync("/api/search" + search[1..]);
        using var everything = await GetJsonAsync("/api/search?q=");
        var total = hits.RootElement.GetProperty("total").GetInt32();
        Assert.InRange(total, 1, everything.RootElement.GetProperty("total").GetInt32() - 1);
    }

    [Theory]
    [InlineData("node=", "node")]
    [InlineData("node=someone", "node")]
    [InlineData("node=org:who", "node")]
    [InlineData("node=partner:who&limit=0", "limit")]
    [InlineData("node=partner:who&limit=many", "limit")]
    [InlineData("node=partner:who&topic=unknown-topic", "unknown-topic")]
    public async Task ApiNetworkArticles_BadInput_Answers400NamingIt(string query, string named)
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/network/articles?" + query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/network", "text/html")]
    [InlineData("/api/network", "application/problem+json")]
    [InlineData("/network.graphml", "text/plain")]
    [InlineData("/network.gexf", "text/plain")]
    [InlineData("/map", "text/html")]
    [InlineData("/api/map", "application/problem+json")]
    public async Task Filters_BadInput_Answers400WithAClearMessage(string path, string mediaType)
    {
        foreach (var (query, named) in new[]
        {
            ("topic=unknown-topic", "unknown-topic"),
            ("from=2025-06-01&to=2025-01-01", "from"),
            ("from=yesterday", "yesterday"),
            ("to=2025-02-30", "2025-02-30"),
            ("from=1800-01-01", "1800-01-01"),
            ("country=ZZ", "ZZ"),
            ("top=0", "top"),
            ("top=301", "top"),
            ("topic=a&topic=b", "topic"),
        })
        {
            using var response = await fixture.Client.GetAsync(new Uri(path + "?" + query, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}?{query}: {(int)response.StatusCode}");
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(named, WebUtility.HtmlDecode(body), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NetworkPage_WithoutScript_ListsThePairsAndNodesWithDownloads()
    {
        var html = await fixture.Client.GetStringAsync(new Uri("/network?topic=training-capacity", UriKind.Relative));

        Assert.Contains("<table class=\"pair-table\">", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-node=\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/network.graphml?topic=training-capacity\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/network.gexf?topic=training-capacity\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"training-capacity\" selected>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_NetworkAndMap_AreDescribed()
    {
        using var json = await GetJsonAsync("/openapi/v1.json");
        var paths = json.RootElement.GetProperty("paths");

        Assert.Contains("top (nodes kept", paths.GetProperty("/api/network").GetProperty("get").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("node (partner:KEY", paths.GetProperty("/api/network/articles").GetProperty("get").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(paths.TryGetProperty("/api/map", out _));
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
