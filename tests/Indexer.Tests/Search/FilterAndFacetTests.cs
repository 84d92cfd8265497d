using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Writing;
using Pipeline.Text.Facts;

namespace Pipeline.Indexer.Tests.Search;

public sealed class FilterAndFacetTests : IDisposable
{
    private static readonly DateTimeOffset May2025 = new(2025, 5, 20, 8, 0, 0, TimeSpan.FromHours(7));

    private readonly TempDirectory directory = new();

    public FilterAndFacetTests()
    {
        using var writer = new ArticleIndexWriter(directory.Path);
        writer.Upsert(
        [
            Article("a", "nhipsongyte", "Bệnh viện Bạch Mai hợp tác đào tạo với JICA", May2025, ["training-capacity"], ("jica", "JP")),
            Article("b", "nhipsongyte", "KOICA tài trợ thiết bị, hợp tác y tế", May2025.AddMonths(1), ["infrastructure-equipment", "foreign-aid-funding"], ("koica", "KR")),
            Article("c", "hoptacyte", "WHO hỗ trợ hợp tác tiêm chủng", May2025.AddMonths(2), ["disease-prevention-vaccines"], ("who", null)),
            Article("d", "hoptacyte", "Hà Nội hợp tác chuyển giao kỹ thuật", May2025.AddMonths(3), ["other"]),
        ]);
        writer.Commit(4);
    }

    [Fact]
    public void Search_TopicFilter_OnlyThatTopic()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("hợp tác", Topic: "foreign-aid-funding"));

        Assert.Equal(["b"], results.Hits.Select(h => h.Id));
        Assert.Equal(["infrastructure-equipment", "foreign-aid-funding"], results.Hits[0].Topics.Select(t => t.Label));
        Assert.Equal(["KOICA"], results.Hits[0].Partners);
    }

    [Fact]
    public void Search_CountryPartnerOutletAndDateFilters_Narrow()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal(["a"], searcher.Search(new SearchRequest("hợp tác", Country: "jp")).Hits.Select(h => h.Id));
        Assert.Equal(["c"], searcher.Search(new SearchRequest("hợp tác", Partner: "who")).Hits.Select(h => h.Id));
        Assert.Equal(2, searcher.Search(new SearchRequest("hợp tác", Outlet: "hoptacyte")).Total);
        Assert.Equal(["b", "c"], searcher.Search(new SearchRequest("hợp tác", From: May2025.AddDays(1), To: May2025.AddMonths(3), SortByDate: false)).Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Search_Facets_CountTheWholeResultSetNotThePage()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("hợp tác", Limit: 1));

        Assert.Single(results.Hits);
        Assert.Equal(4, results.Total);
        Assert.Equal(2, results.Facets["outlet"]["nhipsongyte"]);
        Assert.Equal(1, results.Facets["country"]["KR"]);
        Assert.Equal(3, results.Facets["partner"].Count);
        Assert.Equal(4, results.Facets["month"].Count);
        Assert.Equal(1, results.Facets["topic"]["other"]);
    }

    [Fact]
    public void Search_SortByDate_NewestFirst()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("hợp tác", SortByDate: true));

        Assert.Equal(["d", "c", "b", "a"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Similar_KnownArticle_OthersOnlyAndUnknownGivesNone()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var similar = searcher.Similar("a");

        Assert.NotEmpty(similar);
        Assert.DoesNotContain(similar, h => h.Id == "a");
        Assert.Empty(searcher.Similar("khong-co"));
        Assert.False(searcher.Contains("khong-co"));
    }

    [Fact]
    public void Search_ZeroBudget_ReturnsWhatItHasAndSaysSo()
    {
        using var writer = new ArticleIndexWriter(directory.Path);
        writer.Upsert(Enumerable.Range(0, 3000).Select(i => Article($"x{i}", "hoptacyte", $"Tin hợp tác số {i}", May2025, ["other"])));
        writer.Commit(3004);
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("hợp tác", Budget: TimeSpan.Zero));

        Assert.True(results.TimedOut);
        Assert.InRange(results.Total, 1, 3003);
    }

    public void Dispose() => directory.Dispose();

    private static IndexedArticle Article(string id, string outlet, string title, DateTimeOffset published, string[] topics, params (string Key, string? Country)[] partners)
    {
        var facts = ArticleFacts.Empty with
        {
            Topics = topics.Select(t => new TopicScore(t, 0.9)).ToList(),
            Cooperation = new CooperationFact(partners.Length > 0, 0.9),
            Partners = partners.Select(p => new PartnerFact(p.Key.ToUpperInvariant(), p.Key, "org", null, p.Country, p.Key.ToUpperInvariant(), 0)).ToList(),
        };
        return new IndexedArticle(id, $"https://{outlet}.vn/{id}", outlet, title, null, title + ". Hai bên hợp tác lâu dài.", published, facts);
    }
}
