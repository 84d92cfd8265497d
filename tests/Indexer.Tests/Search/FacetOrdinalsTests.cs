using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Storage;

namespace Pipeline.Indexer.Tests.Search;

public sealed class FacetOrdinalsTests
{
    [Fact]
    public void Count_MultiValuedField_CountsEveryValueOfTheGivenDocuments()
    {
        using var temp = new TempDirectory();
        using var reader = Index(temp.Path, [["jp", "kr"], [], ["kr"], ["jp", "kr", "us"]]);
        var leaf = Assert.Single(reader.Leaves).AtomicReader;

        var ordinals = FacetOrdinals.For(leaf, "f")!;
        var counts = new int[ordinals.Labels.Length];
        foreach (var doc in new[] { 0, 1, 3 })
        {
            ordinals.Count(doc, counts);
        }

        var byLabel = ordinals.Labels.Select((label, ord) => (label, counts[ord])).ToDictionary(p => p.label, p => p.Item2);
        Assert.Equal(new Dictionary<string, int> { ["jp"] = 2, ["kr"] = 2, ["us"] = 1 }, byLabel);
    }

    [Fact]
    public void Count_SingleValuedField_SkipsDocumentsWithoutValue()
    {
        using var temp = new TempDirectory();
        using var reader = Index(temp.Path, [["a"], [], ["b"], ["a"]]);
        var leaf = Assert.Single(reader.Leaves).AtomicReader;

        var ordinals = FacetOrdinals.For(leaf, "f")!;
        var counts = new int[ordinals.Labels.Length];
        for (var doc = 0; doc < 4; doc++)
        {
            ordinals.Count(doc, counts);
        }

        Assert.Equal(["a", "b"], ordinals.Labels);
        Assert.Equal([2, 1], counts);
    }

    [Fact]
    public void For_FieldAbsentFromSegment_Null()
    {
        using var temp = new TempDirectory();
        using var reader = Index(temp.Path, [["a"]]);

        Assert.Null(FacetOrdinals.For(Assert.Single(reader.Leaves).AtomicReader, "missing"));
    }

    [Fact]
    public void For_SameSegmentTwice_LoadedOnce()
    {
        using var temp = new TempDirectory();
        using var reader = Index(temp.Path, [["a"], ["b"]]);
        var leaf = Assert.Single(reader.Leaves).AtomicReader;

        Assert.Same(FacetOrdinals.For(leaf, "f"), FacetOrdinals.For(leaf, "f"));
    }

    private static DirectoryReader Index(string path, string[][] values)
    {
        var directory = PositionalReadDirectory.At(path);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            foreach (var docValues in values)
            {
                var document = new Document { new StringField("id", Guid.NewGuid().ToString(), Field.Store.NO) };
                foreach (var value in docValues)
                {
                    document.Add(new SortedSetDocValuesField("f", new BytesRef(value)));
                }

                writer.AddDocument(document);
            }

            writer.Commit();
        }

        return DirectoryReader.Open(directory);
    }
}
