using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Writing;

namespace Pipeline.Indexer.Tests.Search;

/// <summary>A query word typed with diacritics matches only that spelling; one typed without matches every accented form.</summary>
public sealed class ArticleSearcherAccentTests : IDisposable
{
    private static readonly DateTimeOffset May2025 = new(2025, 5, 20, 8, 0, 0, TimeSpan.FromHours(7));

    private readonly TempDirectory directory = new();

    public ArticleSearcherAccentTests()
    {
        using var writer = new ArticleIndexWriter(directory.Path);
        writer.Upsert(
        [
            Article("tb", "Tỉnh tăng cường tầm soát bệnh lao", "Các trạm y tế xã khám sàng lọc lao phổi cho người cao tuổi.", 0),
            Article("laos", "Đoàn bác sĩ Lào thăm Bệnh viện Trung ương", "Hai bên trao đổi kinh nghiệm điều trị cho bệnh nhân Lào.", 1),
            Article("japan", "Hợp tác y tế với Nhật Bản", "Bệnh viện ký thỏa thuận hợp tác đào tạo với đối tác Nhật.", 2),
            Article("meeting", "Sở Y tế họp bàn kế hoạch phòng dịch", "Cuộc họp thống nhất giải pháp bán thuốc an toàn và giải nhất, bản tin tuần tới.", 3),
            Article("peace", "Bệnh viện tỉnh Hoà Bình nâng cấp khoa cấp cứu", "Đà Nẵng hỗ trợ trang thiết bị.", 4),
        ]);
        writer.Commit(5);
    }

    [Fact]
    public void Search_AccentedLao_DoesNotMatchArticleWithOnlyUnaccentedLao()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("Lào"));

        Assert.Equal(["laos"], Ids(results));
        Assert.Equal(1, results.Total);
    }

    [Fact]
    public void Search_UnaccentedLao_MatchesEveryAccentedForm()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal(["laos", "tb"], Ids(searcher.Search(new SearchRequest("lao"))));
    }

    [Fact]
    public void Search_UnaccentedWords_MatchAccentedArticle()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal(["japan"], Ids(searcher.Search(new SearchRequest("hop tac"))));
    }

    [Fact]
    public void Search_AccentedHop_DoesNotMatchHop()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal(["meeting"], Ids(searcher.Search(new SearchRequest("họp"))));
        Assert.Equal(["japan"], Ids(searcher.Search(new SearchRequest("hợp"))));
        Assert.Equal(["japan", "meeting"], Ids(searcher.Search(new SearchRequest("hop"))));
    }

    [Theory]
    [InlineData("hop Nhật", new[] { "japan" })]
    [InlineData("hop nhat", new[] { "japan", "meeting" })]
    [InlineData("họp nhat", new[] { "meeting" })]
    public void Search_HalfAccentedQuery_EachWordAsTyped(string query, string[] expected)
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal(expected, Ids(searcher.Search(new SearchRequest(query))));
    }

    [Theory]
    [InlineData("\"Nhật Bản\"", new[] { "japan" })]
    [InlineData("\"nhat ban\"", new[] { "japan", "meeting" })]
    [InlineData("\"nhất bản\"", new[] { "meeting" })]
    [InlineData("\"nhat Bản\"", new[] { "japan", "meeting" })]
    [InlineData("\"hợp tác y tế\"", new[] { "japan" })]
    [InlineData("\"họp tác y tế\"", new string[0])]
    public void Search_PhraseWithAccents_MatchesOnlyWordsAsTyped(string query, string[] expected)
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest(query));

        Assert.Equal(expected, Ids(results));
        Assert.Equal(expected.Length, results.Total);
    }

    [Theory]
    [InlineData("hoà bình")]
    [InlineData("HÒA BÌNH")]
    [InlineData("\u00D0à Nẵng")]
    [InlineData("\"hòa bình\"")]
    public void Search_OtherTonePlacementCaseOrEth_MatchesNormalisedSpelling(string query)
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal(["peace"], Ids(searcher.Search(new SearchRequest(query.Normalize(System.Text.NormalizationForm.FormD)))));
    }

    [Fact]
    public void Search_AccentedByDateWithFilter_TotalsFromSameMatches()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("Lào", SortByDate: true, Outlet: "Báo A"));

        Assert.Equal("laos", Assert.Single(results.Hits).Id);
        Assert.Equal(1, results.Total);
        Assert.Equal(1, results.Facets[IndexFields.Outlet].Values.Sum());
    }

    public void Dispose() => directory.Dispose();

    private static string[] Ids(SearchResults results) => [.. results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];

    private static IndexedArticle Article(string id, string title, string body, int day) =>
        new(id, "https://a.vn/" + id, "Báo A", title, null, body, May2025.AddDays(day));
}
