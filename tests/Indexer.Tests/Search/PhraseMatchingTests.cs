using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Writing;

namespace Pipeline.Indexer.Tests.Search;

public sealed class PhraseMatchingTests
{
    private static readonly DateTimeOffset Published = new(2025, 5, 20, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Search_ThreeSyllablePhraseWhoseBigramsStandApart_DoesNotMatch()
    {
        using var directory = new TempDirectory();
        Index(
            directory.Path,
            Article("apart", "Tin ngắn", "Hai bên hợp tác lâu dài. Công tác quốc phòng được nhắc tới."),
            Article("together", "Tin ngắn", "Hai bên mở rộng hợp tác quốc tế."));

        using var searcher = ArticleSearcher.Open(directory.Path);
        var results = searcher.Search(new SearchRequest("\"hợp tác quốc\""));

        Assert.Equal("together", Assert.Single(results.Hits).Id);
        Assert.Equal(1, results.Total);
    }

    [Theory]
    [InlineData("\"hợp tác quốc tế\"")]
    [InlineData("\"hop tac quoc te\"")]
    [InlineData("\"Hợp Tác\"")]
    public void Search_PhraseInTitleOrBodyWithOrWithoutMarks_MatchesBoth(string query)
    {
        using var directory = new TempDirectory();
        Index(
            directory.Path,
            Article("title", "Hợp tác quốc tế về y tế", "Nội dung khác."),
            Article("body", "Tin ngắn", "Bệnh viện đẩy mạnh hợp tác quốc tế."),
            Article("none", "Tin ngắn", "Bệnh viện hợp nhất hai khoa."));

        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal(["body", "title"], searcher.Search(new SearchRequest(query)).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_ThreeSyllablePhraseAcrossLeadAndBody_DoesNotMatch()
    {
        using var directory = new TempDirectory();
        Index(directory.Path, new IndexedArticle("a", "https://a.vn/a", "Báo A", "Tin ngắn", "Hai bên cam kết hợp", "tác quốc tế lâu dài.", Published));

        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal(0, searcher.Search(new SearchRequest("\"hợp tác quốc\"")).Total);
        Assert.Equal(1, searcher.Search(new SearchRequest("\"tác quốc tế\"")).Total);
    }

    [Fact]
    public void Search_PhraseWithSlopOrAmongOtherClauses_KeepsItsMeaning()
    {
        using var directory = new TempDirectory();
        Index(
            directory.Path,
            Article("near", "Tin ngắn", "Hợp đồng tác nghiệp được ký."),
            Article("exact", "Tin ngắn", "Hợp tác với Nhật Bản."),
            Article("korea", "Tin ngắn", "Hợp tác với Hàn Quốc."));

        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal(["exact", "korea", "near"], searcher.Search(new SearchRequest("\"hợp tác\"~2")).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal("exact", Assert.Single(searcher.Search(new SearchRequest("\"hợp tác\" AND \"nhật bản\" NOT \"hàn quốc\"")).Hits).Id);
        Assert.Equal(["exact", "korea"], searcher.Search(new SearchRequest("\"nhật bản\" OR \"hàn quốc\"")).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_PhraseWithMarks_HeadlineAboveBodyAndUnaccentedTextLeftOut()
    {
        using var directory = new TempDirectory();
        Index(
            directory.Path,
            Article("body", "Tin ngắn", "Bệnh viện tỉnh đẩy mạnh hợp tác quốc tế trong đào tạo."),
            Article("folded", "Hop tac quoc te tai Hue", "Nội dung khác."),
            Article("headline", "Hợp tác quốc tế tại Huế", "Nội dung khác."));

        using var searcher = ArticleSearcher.Open(directory.Path);

        // Typed with diacritics, the phrase matches only text that carries them.
        Assert.Equal(["headline", "body"], searcher.Search(new SearchRequest("\"hợp tác quốc tế\"")).Hits.Select(h => h.Id));
        Assert.Equal(["body", "folded", "headline"], searcher.Search(new SearchRequest("\"hop tac quoc te\"")).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compact_IndexOfSeveralCommits_KeepsDocumentsSequenceAndSchema()
    {
        using var directory = new TempDirectory();
        using (var writer = new ArticleIndexWriter(directory.Path))
        {
            writer.Upsert([Article("a", "Hợp tác một", "Nội dung.")]);
            writer.Commit(1);
            writer.Upsert([Article("b", "Hợp tác hai", "Nội dung.")]);
            writer.Commit(2);
            writer.Upsert([Article("a", "Hợp tác một, sửa", "Nội dung.")]);
            writer.Commit(3);
            writer.Compact();
        }

        using var searcher = ArticleSearcher.Open(directory.Path);

        Assert.Equal(2, searcher.Count);
        Assert.Equal(3, searcher.CommittedSequence);
        Assert.Equal(2, searcher.Search(new SearchRequest("\"hợp tác\"")).Total);
        Assert.Single(System.IO.Directory.EnumerateFiles(directory.Path, "*.si"));
    }

    private static IndexedArticle Article(string id, string title, string body) => new(id, $"https://a.vn/{id}", "Báo A", title, null, body, Published);

    private static void Index(string path, params IndexedArticle[] articles)
    {
        using var writer = new ArticleIndexWriter(path);
        writer.Upsert(articles);
        writer.Commit(articles.Length);
    }
}
