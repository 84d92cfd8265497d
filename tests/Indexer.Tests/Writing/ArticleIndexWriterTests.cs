using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Writing;

namespace Pipeline.Indexer.Tests.Writing;

public sealed class ArticleIndexWriterTests
{
    [Fact]
    public void Upsert_SameIdTwice_OneDocumentWithLatestContent()
    {
        using var directory = new TempDirectory();
        using (var writer = new ArticleIndexWriter(directory.Path))
        {
            writer.Upsert([Article("x", "Tiêu đề cũ")]);
            writer.Commit(1);
            writer.Upsert([Article("x", "Tiêu đề mới")]);
            writer.Commit(2);
        }

        using var searcher = ArticleSearcher.Open(directory.Path);
        Assert.Equal(1, searcher.Count);
        Assert.Equal("Tiêu đề mới", searcher.Search(new SearchRequest(string.Empty)).Hits[0].Title);
    }

    [Fact]
    public void Commit_StoreSequence_SurvivesReopen()
    {
        using var directory = new TempDirectory();
        using (var writer = new ArticleIndexWriter(directory.Path))
        {
            Assert.Equal(0, writer.CommittedSequence);
            writer.Upsert([Article("x", "Một"), Article("y", "Hai")]);
            writer.Commit(42);
        }

        using var reopened = new ArticleIndexWriter(directory.Path);
        Assert.Equal(42, reopened.CommittedSequence);
        Assert.Equal(2, reopened.Count);
    }

    private static IndexedArticle Article(string id, string title) =>
        new(id, $"https://a.vn/{id}", "Báo A", title, null, "Nội dung bài viết về hợp tác y tế.", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)));
}
