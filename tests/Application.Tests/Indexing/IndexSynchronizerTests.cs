using Pipeline.Corpus;
using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Writing;
using Pipeline.Indexing;
using Pipeline.Storage;

namespace Pipeline.Tests.Indexing;

public sealed class IndexSynchronizerTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task SynchronizeAsync_IndexOfOlderSchema_RebuiltFromStoreAndSearchable()
    {
        var store = await CreateStoreAsync(30);
        var indexPath = temp.Combine("index");
        using (var writer = new ArticleIndexWriter(indexPath))
        {
            writer.Commit(0);
        }

        // An index as builds before schema versions left it: documents written, no version in the commit.
        using (var directory = Pipeline.Indexer.Storage.PositionalReadDirectory.At(indexPath))
        using (var raw = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            raw.AddDocument(new Lucene.Net.Documents.Document { new Lucene.Net.Documents.StringField(IndexFields.Id, "stale", Lucene.Net.Documents.Field.Store.YES) });
            raw.SetCommitData(new Dictionary<string, string> { [IndexFields.StoreSequenceKey] = "10" });
            raw.Commit();
        }

        Assert.Throws<Indexer.IndexUnavailableException>(() => ArticleSearcher.Open(indexPath));

        var (written, total) = await new IndexSynchronizer(store).SynchronizeAsync(indexPath);

        Assert.Equal(30, written);
        Assert.Equal(30, total);
        using var searcher = ArticleSearcher.Open(indexPath);
        Assert.False(searcher.Contains("stale"));
        Assert.True(searcher.Search(new SearchRequest("y te")).Total > 0);
        Assert.Equal([indexPath], Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public async Task SynchronizeAsync_CurrentSchema_ExtendsInPlace()
    {
        var store = await CreateStoreAsync(12);
        var indexPath = temp.Combine("index");
        await new IndexSynchronizer(store, batchSize: 5).SynchronizeAsync(indexPath);
        var marker = Path.Combine(indexPath, "marker");
        await File.WriteAllTextAsync(marker, "kept unless the directory is replaced");

        var (written, total) = await new IndexSynchronizer(store).SynchronizeAsync(indexPath);

        Assert.Equal(0, written);
        Assert.Equal(12, total);
        Assert.True(File.Exists(marker));
    }

    [Fact]
    public async Task SynchronizeAsync_SeveralBatches_LeavesOneSegmentWithLastSequence()
    {
        var store = await CreateStoreAsync(12);
        var indexPath = temp.Combine("index");

        var (written, _) = await new IndexSynchronizer(store, batchSize: 5).SynchronizeAsync(indexPath);

        Assert.Equal(12, written);
        Assert.Single(Directory.EnumerateFiles(indexPath, "*.si"));
        using var searcher = ArticleSearcher.Open(indexPath);
        Assert.Equal(12, searcher.Count);
        Assert.Equal(12, searcher.CommittedSequence);
    }

    public void Dispose() => temp.Dispose();

    private async Task<SqliteArticleStore> CreateStoreAsync(int articles)
    {
        var database = await PipelineDatabase.OpenAsync(temp.Combine("pipeline.db"), create: true, TimeProvider.System);
        var store = new SqliteArticleStore(database, TimeProvider.System);
        await store.ImportAsync(GoldCorpus.Load(GoldCorpus.DefaultDirectory).Take(articles).Select(GoldImport.From));
        return store;
    }
}
