using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Writing;

namespace Pipeline.Indexer.Tests.Search;

public sealed class ArticleSearcherHeadlineTests : IDisposable
{
    private static readonly DateTimeOffset Published = new(2025, 5, 20, 8, 0, 0, TimeSpan.FromHours(7));

    private static readonly string LongBody = string.Concat(Enumerable.Repeat("Bệnh viện tỉnh tổ chức hội nghị tổng kết công tác năm với các đơn vị trong ngành. ", 40));

    // Many short articles that repeat the word in their text, which the folded text alone ranks first, and one long
    // article that names it once in its body but carries it in its headline.
    private const int TextCount = 150;

    private static readonly IndexedArticle[] TextArticles = [.. Enumerable.Range(0, TextCount)
        .Select(i => new IndexedArticle($"text-{i}", $"https://x.vn/{i}", "x", $"Tin ngắn số {i}", null, "Vắc xin, vắc xin và vắc xin cho vùng sâu.", Published))];

    private static readonly IndexedArticle HeadlineArticle = new("headline", "https://x.vn/h", "x", "Vắc xin mới cho trẻ em", null, LongBody + "Chương trình vắc xin tiếp tục.", Published);

    private readonly TempDirectory directory = new();

    public ArticleSearcherHeadlineTests()
    {
        using var writer = new ArticleIndexWriter(directory.Path);
        writer.Upsert([.. TextArticles, HeadlineArticle]);
        writer.Commit(1);
    }

    [Theory]
    [InlineData("vắc xin")]
    [InlineData("vac xin")]
    [InlineData("\"vắc xin\"")]
    public void Search_WordInOneHeadlineAndManyBodies_HeadlineArticleRanksFirst(string query)
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest(query));

        Assert.Equal(TextCount + 1, results.Total);
        Assert.Equal("headline", results.Hits[0].Id);
    }

    [Fact]
    public void Search_RankEveryMatch_SamePagesScoresAndTotal()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        for (var page = 1; page <= 3; page++)
        {
            var rescored = searcher.Search(new SearchRequest("vắc xin", Page: page, RankEveryMatch: true));
            var onePass = searcher.Search(new SearchRequest("vắc xin", Page: page));

            Assert.Equal(onePass.Total, rescored.Total);
            Assert.Equal(rescored.Hits.Select(h => (h.Id, h.Score)), onePass.Hits.Select(h => (h.Id, h.Score)));
        }
    }

    [Fact]
    public void Search_RankEveryMatchWithoutMatches_EmptyPage()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("Leipzig", RankEveryMatch: true));

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void Search_WordExcludedFromHeadline_NotAMatch()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("vắc xin NOT trẻ"));

        Assert.DoesNotContain(results.Hits, h => h.Id == "headline");
        Assert.Equal(TextCount, results.Total);
    }

    [Fact]
    public void Search_HeadlineArticleInALaterSegment_StillRanksFirst()
    {
        using var split = new TempDirectory();
        using (var writer = new ArticleIndexWriter(split.Path))
        {
            // Two commits without compacting: the first segment has no headline with the word.
            writer.Upsert(TextArticles);
            writer.Commit(1);
            writer.Upsert([HeadlineArticle]);
            writer.Commit(2);
        }

        using var searcher = ArticleSearcher.Open(split.Path);

        var results = searcher.Search(new SearchRequest("vắc xin"));

        Assert.Equal(TextCount + 1, results.Total);
        Assert.Equal("headline", results.Hits[0].Id);
    }

    public void Dispose() => directory.Dispose();
}
