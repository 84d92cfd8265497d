using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Storage;

namespace Pipeline.Indexer.Tests.Search;

/// <summary>
/// 300 documents in three segments (a commit every 100, no merging), three of them deleted ("7", "150", "299"),
/// searched with <see cref="TfIdfScoring"/>: what the tests comparing our scoring with Lucene's run on.
/// </summary>
internal sealed class ThreeSegmentIndex : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly PositionalReadDirectory directory;

    /// <param name="fields">The fields of document i, besides its "id".</param>
    public ThreeSegmentIndex(Func<int, IEnumerable<IIndexableField>> fields)
    {
        directory = PositionalReadDirectory.At(temp.Path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < 300; i++)
            {
                var document = new Document { new StringField("id", i.ToString(CultureInfo.InvariantCulture), Field.Store.NO) };
                foreach (var field in fields(i))
                {
                    document.Add(field);
                }

                writer.AddDocument(document);
                if (i % 100 == 99)
                {
                    writer.Commit();
                }
            }

            writer.DeleteDocuments(new Term("id", "7"), new Term("id", "150"), new Term("id", "299"));
            writer.Commit();
        }

        Reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(Reader) { Similarity = new TfIdfScoring() };
    }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    public void Dispose()
    {
        Reader.Dispose();
        directory.Dispose();
        temp.Dispose();
    }
}
