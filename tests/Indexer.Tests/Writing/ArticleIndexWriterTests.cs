using System.Globalization;
using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Storage;
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
    public void Upsert_AuthorsAndSection_StoredAndExact()
    {
        using var directory = new TempDirectory();
        using (var writer = new ArticleIndexWriter(directory.Path))
        {
            writer.Upsert([Article("x", "Một") with { Authors = ["THU HÀ", "Quang Minh"], Section = "hop-tac-quoc-te" }]);
            writer.Commit(1);
        }

        using var store = PositionalReadDirectory.At(directory.Path);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(store);
        var searcher = new Lucene.Net.Search.IndexSearcher(reader);
        var found = searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexFields.Author, "THU HÀ")), 1);
        var document = searcher.Doc(Assert.Single(found.ScoreDocs).Doc);
        Assert.Equal(["THU HÀ", "Quang Minh"], document.GetValues(IndexFields.Author, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("hop-tac-quoc-te", document.Get(IndexFields.Section, System.Globalization.CultureInfo.InvariantCulture));
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

    [Fact]
    public void Commit_RecordsSchemaVersion_ReopenedIndexNotOlderWhileOneAVersionBehindIs()
    {
        using var directory = new TempDirectory();
        using (var writer = new ArticleIndexWriter(directory.Path))
        {
            Assert.False(writer.HoldsOlderSchema);
            writer.Upsert([Article("x", "Một")]);
            writer.Commit(1);
        }

        // What Lucene itself reads from the last commit, under the key earlier indexes were written with.
        var committed = LastCommitData(directory.Path);
        Assert.Equal("1", committed["storeSequence"]);
        Assert.Equal(IndexFields.SchemaVersion.ToString(CultureInfo.InvariantCulture), committed["schemaVersion"]);
        using (var reopened = new ArticleIndexWriter(directory.Path))
        {
            Assert.False(reopened.HoldsOlderSchema);
            Assert.Equal((1L, 1), (reopened.CommittedSequence, reopened.Count));
        }

        WriteCommit(directory.Path, new Dictionary<string, string>(committed) { ["schemaVersion"] = (IndexFields.SchemaVersion - 1).ToString(CultureInfo.InvariantCulture) });
        using var behind = new ArticleIndexWriter(directory.Path);
        Assert.True(behind.HoldsOlderSchema);
    }

    [Fact]
    public void Open_CommitWithoutSchemaVersion_OlderSchemaAndSearcherRefusesWithReindexHint()
    {
        using var directory = new TempDirectory();
        using (var writer = new ArticleIndexWriter(directory.Path))
        {
            writer.Upsert([Article("x", "Một")]);
            writer.Commit(1);
        }

        WriteVersionOneCommit(directory.Path);

        using (var reopened = new ArticleIndexWriter(directory.Path))
        {
            Assert.True(reopened.HoldsOlderSchema);
            Assert.Equal(1, reopened.CommittedSequence);
        }

        var error = Assert.Throws<IndexUnavailableException>(() => ArticleSearcher.Open(directory.Path));
        Assert.Contains("pipeline reindex", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HoldsOlderIndex_CurrentIndexOrNone_False()
    {
        using var directory = new TempDirectory();
        Assert.False(ArticleIndexWriter.HoldsOlderIndex(directory.Path));
        Assert.False(ArticleIndexWriter.HoldsOlderIndex(System.IO.Path.Combine(directory.Path, "absent")));
        using (var writer = new ArticleIndexWriter(directory.Path))
        {
            writer.Upsert([Article("x", "Một")]);
            writer.Commit(1);
        }

        Assert.False(ArticleIndexWriter.HoldsOlderIndex(directory.Path));
    }

    [Fact]
    public void HoldsOlderIndex_OlderSchemaVersion_True()
    {
        using var directory = new TempDirectory();
        using (var writer = new ArticleIndexWriter(directory.Path))
        {
            writer.Upsert([Article("x", "Một")]);
            writer.Commit(1);
        }

        WriteVersionOneCommit(directory.Path);

        Assert.True(ArticleIndexWriter.HoldsOlderIndex(directory.Path));
    }

    [Fact]
    public void HoldsOlderIndex_OnlyCommitCutShort_True()
    {
        using var directory = new TempDirectory();
        using (var writer = new ArticleIndexWriter(directory.Path))
        {
            writer.Upsert([Article("x", "Một")]);
            writer.Commit(1);
        }

        // What kill -9 leaves while Lucene writes the first segments_N: the file exists, its end does not.
        var segments = System.IO.Directory.GetFiles(directory.Path, "segments_*").Single();
        using (var file = new FileStream(segments, FileMode.Open, FileAccess.Write))
        {
            file.SetLength(6);
        }

        Assert.True(ArticleIndexWriter.HoldsOlderIndex(directory.Path));
    }

    [Fact]
    public void HoldsOlderIndex_SegmentOfUnknownCodec_TrueAndSearcherRefusesWithReindexHint()
    {
        using var directory = new TempDirectory();
        // Even a commit that claims the current schema: the codec alone makes it unreadable.
        RetiredCodec.WriteIndex(directory.Path, IndexFields.SchemaVersion);

        Assert.True(ArticleIndexWriter.HoldsOlderIndex(directory.Path));
        var error = Assert.Throws<IndexUnavailableException>(() => ArticleSearcher.Open(directory.Path));
        Assert.Contains("pipeline reindex", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Commit_FreshIndex_StockCodecAndBareCheckIndexFindsItClean()
    {
        using var directory = new TempDirectory();
        using (var writer = new ArticleIndexWriter(directory.Path))
        {
            writer.Upsert(Enumerable.Range(0, 30).Select(i => Article($"a{i}", $"Bệnh viện số {i} hợp tác với KOICA")));
            writer.Commit(1);
            writer.Upsert(Enumerable.Range(30, 10).Select(i => Article($"a{i}", $"Trường đại học số {i}")));
            writer.Commit(2);
        }

        // Lucene's own directory and checker, nothing of ours registered: what Luke or a maintainer would run.
        using var bare = Lucene.Net.Store.FSDirectory.Open(directory.Path);
        var checker = new Lucene.Net.Index.CheckIndex(bare) { CrossCheckTermVectors = true };
        var status = checker.DoCheckIndex();

        Assert.True(status.Clean);
        Assert.Equal(40, status.SegmentInfos.Sum(segment => segment.DocCount));
        Assert.All(status.SegmentInfos, segment => Assert.Equal("Lucene46", segment.Codec.Name));
        Assert.All(status.SegmentInfos, segment => Assert.Null(segment.FieldNormStatus.Error));
    }

    /// <summary>Rewrites the last commit's user data as builds before schema versions wrote it.</summary>
    internal static void WriteVersionOneCommit(string path) =>
        WriteCommit(path, new Dictionary<string, string> { [IndexFields.StoreSequenceKey] = "1" });

    private static IDictionary<string, string> LastCommitData(string path)
    {
        using var store = PositionalReadDirectory.At(path);
        return Lucene.Net.Index.DirectoryReader.ListCommits(store)[^1].UserData;
    }

    private static void WriteCommit(string path, IDictionary<string, string> userData)
    {
        using var store = PositionalReadDirectory.At(path);
        using var raw = new Lucene.Net.Index.IndexWriter(store, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));
        raw.SetCommitData(userData);
        raw.Commit();
    }

    private static IndexedArticle Article(string id, string title) =>
        new(id, $"https://a.vn/{id}", "Báo A", title, null, "Nội dung bài viết về hợp tác y tế.", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)));
}
