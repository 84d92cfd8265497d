using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Writing;

namespace Pipeline.Indexer.Tests.Search;

public sealed class ArticleSearcherTests : IDisposable
{
    private static readonly DateTimeOffset May2025 = new(2025, 5, 20, 8, 0, 0, TimeSpan.FromHours(7));

    private readonly TempDirectory directory = new();

    public ArticleSearcherTests()
    {
        using var writer = new ArticleIndexWriter(directory.Path);
        writer.Upsert(
        [
            new IndexedArticle("a", "https://a.vn/1", "Báo A", "Hà Nội hợp tác y tế với thành phố Leipzig", "Hai thành phố ký kết.", "Sở Y tế Hà Nội và thành phố Leipzig (Đức) thúc đẩy hợp tác trong lĩnh vực y tế số.", May2025),
            new IndexedArticle("b", "https://a.vn/2", "Báo A", "Hà Nội họp tác động môi trường", null, "Cuộc họp bàn về tác động của môi trường tới sức khỏe người dân.", May2025.AddDays(1)),
            new IndexedArticle("c", "https://a.vn/3", "Báo B", "Sốt xuất huyết tăng nhanh", null, "Số ca mắc <script>alert(1)</script> sốt xuất huyết tăng; ngành y tế khuyến cáo người dân diệt lăng quăng.", May2025.AddDays(2)),
        ]);
        writer.Commit(3);
    }

    [Fact]
    public void Search_WithoutDiacritics_FindsAccentedArticle()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("hop tac"));

        Assert.Contains(results.Hits, h => h.Id == "a");
    }

    [Fact]
    public void Search_ExactDiacritics_RanksExactMatchAboveFoldedOnly()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("hợp tác"));

        Assert.Equal("a", results.Hits[0].Id);
    }

    [Fact]
    public void Search_Phrase_MatchesOnlyAdjacentWords()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("\"sốt xuất huyết\""));

        Assert.Equal(["c"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_Snippet_MarksMatchesAndEscapesMarkup()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var hit = Assert.Single(searcher.Search(new SearchRequest("sot xuat huyet")).Hits);

        Assert.Contains("<mark>sốt</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_EmptyQuery_ListsNewestFirst()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest(string.Empty));

        Assert.Equal(["c", "b", "a"], results.Hits.Select(h => h.Id));
        Assert.Equal(3, results.Total);
    }

    [Fact]
    public void Search_Paging_SecondPageContinuesFirst()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var page2 = searcher.Search(new SearchRequest(string.Empty, Limit: 2, Page: 2));

        Assert.Equal(["a"], page2.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("hợp AND (")]
    [InlineData("\"unclosed phrase")]
    [InlineData("*tac")]
    public void Search_BadQuery_ThrowsSearchQueryException(string query)
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var error = Assert.Throws<SearchQueryException>(() => searcher.Search(new SearchRequest(query)));
        Assert.Contains("cannot be understood", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_TooLongQuery_Refused()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Throws<SearchQueryException>(() => searcher.Search(new SearchRequest(new string('a', ArticleSearcher.MaxQueryLength + 1))));
    }

    [Fact]
    public void Search_SlashInQuery_TreatedAsDateSeparator()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("14/5"));

        Assert.Equal(0, results.Total);
    }

    [Fact]
    public void Open_NoIndex_ThrowsIndexUnavailable()
    {
        using var empty = new TempDirectory();

        var error = Assert.Throws<IndexUnavailableException>(() => ArticleSearcher.Open(empty.Path));
        Assert.Contains("no index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DamagedIndex_ThrowsIndexUnavailable()
    {
        using var damaged = new TempDirectory();
        File.WriteAllText(Path.Combine(damaged.Path, "segments_1"), "not a lucene file");
        File.WriteAllText(Path.Combine(damaged.Path, "segments.gen"), "garbage");

        Assert.Throws<IndexUnavailableException>(() => ArticleSearcher.Open(damaged.Path));
    }

    public void Dispose() => directory.Dispose();
}
