using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Writing;

namespace Pipeline.Indexer.Tests.Search;

public sealed class ArticleSearcherRankingTests
{
    private static readonly DateTimeOffset Published = new(2025, 5, 20, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Search_WordOnlyInLead_Matches()
    {
        using var directory = new TempDirectory();
        Index(directory.Path, new IndexedArticle("a", "https://a.vn/a", "Báo A", "Tin ngắn", "Đoàn chuyên gia Leipzig tới Hà Nội.", "Nội dung khác.", Published));

        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal("a", Assert.Single(searcher.Search(new SearchRequest("leipzig")).Hits).Id);
    }

    [Fact]
    public void Search_PhraseAcrossTitleAndBody_DoesNotMatch()
    {
        using var directory = new TempDirectory();
        Index(directory.Path, new IndexedArticle("a", "https://a.vn/a", "Báo A", "Hội thảo y tế", null, "Hợp tác quốc tế được bàn.", Published));

        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal(0, searcher.Search(new SearchRequest("\"y tế hợp tác\"")).Total);
        Assert.Equal(1, searcher.Search(new SearchRequest("\"hợp tác quốc tế\"")).Total);
    }

    [Fact]
    public void Search_ManyMatches_TotalCountsAllAndTitleMatchRanksFirst()
    {
        using var directory = new TempDirectory();
        var articles = Enumerable.Range(0, 300)
            .Select(i => new IndexedArticle($"d{i:D4}", $"https://a.vn/{i}", "Báo A", $"Tin số {i}", null, "Bệnh viện hợp tác đào tạo bác sĩ. Bệnh viện hợp tác nghiên cứu.", Published.AddMinutes(i)))
            .Append(new IndexedArticle("title", "https://a.vn/t", "Báo A", "Hợp tác với bệnh viện Nhật Bản", null, "Một dòng.", Published))
            .ToArray();
        Index(directory.Path, articles);

        using var searcher = ArticleSearcher.Open(directory.Path);
        var results = searcher.Search(new SearchRequest("hợp tác"));

        Assert.Equal(articles.Length, results.Total);
        Assert.Equal("title", results.Hits[0].Id);
        Assert.Equal(articles.Length, results.Facets[IndexFields.Outlet]["Báo A"]);
    }

    [Fact]
    public void Search_WordInOneLeadAndManyShortBodies_LeadArticleRanksFirstOnEveryPageSize()
    {
        // The folded text alone puts the short bodies that repeat the word far ahead of the long article; only the
        // full ranking, which weighs the lead, puts that article first, wherever the folded text ranks it.
        using var directory = new TempDirectory();
        var longBody = string.Concat(Enumerable.Repeat("Sở tổ chức hội nghị tổng kết công tác năm với các đơn vị trong ngành. ", 40));
        var articles = Enumerable.Range(0, 400)
            .Select(i => new IndexedArticle($"t{i:D3}", $"https://a.vn/{i}", "Báo A", $"Tin ngắn {i}", null, "Tiêm chủng, tiêm chủng và tiêm chủng.", Published))
            .Append(new IndexedArticle("lead", "https://a.vn/l", "Báo A", "Tin tổng hợp", "Tiêm chủng mở rộng cho trẻ.", longBody, Published))
            .ToArray();
        Index(directory.Path, articles);

        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal("lead", searcher.Search(new SearchRequest("tiêm chủng", Limit: 1)).Hits[0].Id);
        Assert.Equal("lead", searcher.Search(new SearchRequest("tiem chung")).Hits[0].Id);
        Assert.Equal(401, searcher.Search(new SearchRequest("tiem chung")).Total);
    }

    [Fact]
    public void Search_Pages_NeitherRepeatNorSkip()
    {
        using var directory = new TempDirectory();
        Index(directory.Path, Enumerable.Range(0, 60).Select(i => new IndexedArticle($"d{i:D2}", $"https://a.vn/{i}", "Báo A", $"Tin {i}", null, string.Join(' ', Enumerable.Repeat("y tế", 1 + (i % 7))) + " hợp tác.", Published)).ToArray());

        using var searcher = ArticleSearcher.Open(directory.Path);
        var pages = Enumerable.Range(1, 6).SelectMany(p => searcher.Search(new SearchRequest("y tế", Limit: 10, Page: p)).Hits.Select(h => h.Id)).ToList();

        Assert.Equal(60, pages.Distinct().Count());
    }

    [Fact]
    public void SortByDate_WithQuery_NewestFirstAndScoresFromRanking()
    {
        using var directory = new TempDirectory();
        Index(
            directory.Path,
            new IndexedArticle("old", "https://a.vn/o", "Báo A", "Hợp tác y tế", null, "Hợp tác.", Published),
            new IndexedArticle("new", "https://a.vn/n", "Báo A", "Tin khác", null, "Có hợp tác.", Published.AddDays(3)));

        using var searcher = ArticleSearcher.Open(directory.Path);
        var hits = searcher.Search(new SearchRequest("hợp tác", SortByDate: true)).Hits;

        Assert.Equal(["new", "old"], hits.Select(h => h.Id));
        Assert.All(hits, h => Assert.True(h.Score > 0));
        Assert.True(hits[1].Score > hits[0].Score, "the title match scores higher, whatever the order");
    }

    private static void Index(string path, params IndexedArticle[] articles)
    {
        using var writer = new ArticleIndexWriter(path);
        writer.Upsert(articles);
        writer.Commit(articles.Length);
    }
}
