using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Storage;
using Pipeline.Indexer.Writing;
using Pipeline.Text.Facts;

namespace Pipeline.Indexer.Tests.Writing;

public sealed class IndexCodecTests
{
    private static readonly DateTimeOffset May2025 = new(2025, 5, 20, 8, 0, 0, TimeSpan.FromHours(7));

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Commit_NewSegment_WrittenWithIndexCodecAndReadBack()
    {
        using var directory = new TempDirectory();
        using (var writer = new ArticleIndexWriter(directory.Path))
        {
            writer.Upsert(Enumerable.Range(0, 20).Select(i => Article($"a{i}", $"Bệnh viện số {i} hợp tác với KOICA")));
            writer.Commit(1);
        }

        using (var store = PositionalReadDirectory.At(directory.Path))
        using (var reader = DirectoryReader.Open(store))
        {
            Assert.All(reader.Leaves, leaf => Assert.Equal(IndexCodec.CodecName, ((SegmentReader)leaf.AtomicReader).SegmentInfo.Info.Codec.Name));

            // Only what a hit shows is stored: topics and each partner's name once.
            using var stored = JsonDocument.Parse(reader.Document(0).Get(IndexFields.Facts, CultureInfo.InvariantCulture));
            Assert.Equal(["topics", "partners"], stored.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(1, stored.RootElement.GetProperty("partners").GetArrayLength());
        }

        using var searcher = ArticleSearcher.Open(directory.Path);
        var hit = searcher.Search(new SearchRequest("\"bệnh viện số 7\"")).Hits[0];
        Assert.Equal("a7", hit.Id);
        Assert.Equal("Bệnh viện số 7 hợp tác với KOICA", hit.Title);
        Assert.Equal(["training-capacity"], hit.Topics.Select(t => t.Label));
        Assert.Equal(["KOICA"], hit.Partners);
    }

    [Fact]
    public void Open_IndexOfStockCodecWithFullFacts_SearchesAndMergesIntoIndexCodec()
    {
        using var directory = new TempDirectory();
        WriteAsEarlierBuilds(directory.Path, Article("old", "Bệnh viện Bạch Mai hợp tác với KOICA"));

        using (var searcher = ArticleSearcher.Open(directory.Path))
        {
            var hit = Assert.Single(searcher.Search(new SearchRequest("Bạch Mai")).Hits);
            Assert.Equal(["training-capacity"], hit.Topics.Select(t => t.Label));
            Assert.Equal(["KOICA"], hit.Partners);
        }

        using (var writer = new ArticleIndexWriter(directory.Path))
        {
            writer.Upsert([Article("new", "Bệnh viện Chợ Rẫy hợp tác với KOICA")]);
            writer.Commit(2);
            writer.Compact();
        }

        using (var store = PositionalReadDirectory.At(directory.Path))
        using (var reader = DirectoryReader.Open(store))
        {
            Assert.Equal(IndexCodec.CodecName, ((SegmentReader)Assert.Single(reader.Leaves).AtomicReader).SegmentInfo.Info.Codec.Name);
        }

        using var merged = ArticleSearcher.Open(directory.Path);
        Assert.Equal(["new", "old"], merged.Search(new SearchRequest("KOICA")).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.All(merged.Search(new SearchRequest("KOICA")).Hits, h => Assert.Equal(["KOICA"], h.Partners));
    }

    /// <summary>An index as builds before this codec wrote it: Lucene's stock codec, and the whole analysis as the stored facts.</summary>
    private static void WriteAsEarlierBuilds(string path, IndexedArticle article)
    {
        using var store = PositionalReadDirectory.At(path);
        var config = new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, IndexAnalyzers.Create()) { Codec = new Lucene.Net.Codecs.Lucene46.Lucene46Codec() };
        using var raw = new IndexWriter(store, config);
        var document = DocumentMapper.ToDocument(article);
        document.RemoveField(IndexFields.Facts);
        document.Add(new Lucene.Net.Documents.StoredField(IndexFields.Facts, JsonSerializer.Serialize(article.Facts, WebJson)));
        raw.AddDocument(document);
        raw.SetCommitData(new Dictionary<string, string>
        {
            [IndexFields.StoreSequenceKey] = "1",
            [IndexFields.SchemaVersionKey] = IndexFields.SchemaVersion.ToString(CultureInfo.InvariantCulture),
        });
        raw.Commit();
    }

    private static IndexedArticle Article(string id, string title)
    {
        var facts = ArticleFacts.Empty with
        {
            Topics = [new TopicScore("training-capacity", 0.9)],
            Cooperation = new CooperationFact(true, 0.9),
            // Named twice in the text: a hit names a partner once.
            Partners = [new PartnerFact("KOICA", "koica", "org", null, "KR", "KOICA", 0), new PartnerFact("KOICA", "koica", "org", null, "KR", "KOICA", 40)],
        };
        return new IndexedArticle(id, $"https://a.vn/{id}", "Báo A", title, null, title + ". Hai bên hợp tác lâu dài.", May2025, facts);
    }
}
