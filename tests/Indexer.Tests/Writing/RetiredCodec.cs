using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Storage;

namespace Pipeline.Indexer.Tests.Writing;

/// <summary>
/// A codec under a name Lucene's codec factory does not know, as indexes of schema 4 and before named theirs:
/// reading such an index fails on that name, whatever its segments hold.
/// </summary>
[CodecName("RetiredForTests")]
internal sealed class RetiredCodec : FilterCodec
{
    public RetiredCodec()
        : base(new Lucene46Codec())
    {
    }

    /// <summary>Writes one document with this codec and a commit recording <paramref name="schemaVersion"/>.</summary>
    /// <param name="path">The index directory.</param>
    /// <param name="schemaVersion">The schema version the commit records.</param>
    public static void WriteIndex(string path, int schemaVersion)
    {
        using var store = PositionalReadDirectory.At(path);
        using var raw = new IndexWriter(store, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()) { Codec = new RetiredCodec() });
        raw.AddDocument([new StringField(IndexFields.Id, "stale", Field.Store.YES)]);
        raw.SetCommitData(new Dictionary<string, string>
        {
            [IndexFields.StoreSequenceKey] = "10",
            [IndexFields.SchemaVersionKey] = schemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        raw.Commit();
    }
}
