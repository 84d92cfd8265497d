using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Storage;

namespace Pipeline.Indexer.Tests.Search;

public sealed class TopScoresTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void GetTopDocs_ManyEqualScoresOverSegments_SameAsTopScoreDocCollector(int size)
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            // Three lengths only, so most scores tie and the earlier document must win each tie.
            for (var i = 0; i < 90; i++)
            {
                writer.AddDocument(new Document { new TextField("text", string.Join(' ', Enumerable.Repeat("xin", 1 + (i % 3))), Field.Store.NO) });
                if (i % 30 == 29)
                {
                    writer.Commit();
                }
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var query = new TermQuery(new Term("text", "xin"));
        var expected = TopScoreDocCollector.Create(size, docsScoredInOrder: true);
        var actual = new TopScores(size);

        searcher.Search(query, expected);
        searcher.Search(query, actual);

        var want = expected.GetTopDocs();
        var got = actual.GetTopDocs();
        Assert.Equal(want.ScoreDocs.Select(d => (d.Doc, d.Score)), got.ScoreDocs.Select(d => (d.Doc, d.Score)));
        Assert.Equal(90, got.TotalHits);
        Assert.Equal(want.MaxScore, got.MaxScore);
    }

    [Fact]
    public void GetTopDocs_NothingCollected_EmptyWithNoMaximum()
    {
        var top = new TopScores(5);

        var docs = top.GetTopDocs();

        Assert.Empty(docs.ScoreDocs);
        Assert.Equal(0, docs.TotalHits);
        Assert.True(float.IsNaN(docs.MaxScore));
    }
}
