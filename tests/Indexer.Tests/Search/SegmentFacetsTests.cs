using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Storage;

namespace Pipeline.Indexer.Tests.Search;

public sealed class SegmentFacetsTests
{
    [Fact]
    public void Count_TwoFieldsSingleAndMultiValued_CountsEveryValueOfTheGivenDocumentsPerField()
    {
        using var temp = new TempDirectory();
        using var reader = Index(temp.Path, [(["jp", "kr"], "a"), ([], null), (["kr"], "b"), (["jp", "kr", "us"], "a")]);
        var leaf = Assert.Single(reader.Leaves).AtomicReader;

        var facets = SegmentFacets.For(leaf, ["country", "outlet"]);
        var counts = new int[facets.CountsLength];
        facets.Count([0, 1, 3], counts);

        Assert.Equal(new Dictionary<string, int> { ["jp"] = 2, ["kr"] = 2, ["us"] = 1 }, CountsOf(facets, counts, 0));
        Assert.Equal(new Dictionary<string, int> { ["a"] = 2, ["b"] = 0 }, CountsOf(facets, counts, 1));
    }

    [Fact]
    public void For_FieldAbsentFromSegment_HasNoOrdinalsAndOthersStillCount()
    {
        using var temp = new TempDirectory();
        using var reader = Index(temp.Path, [(["jp"], "a")]);
        var leaf = Assert.Single(reader.Leaves).AtomicReader;

        var facets = SegmentFacets.For(leaf, ["missing", "country"]);
        var counts = new int[facets.CountsLength];
        facets.Count([0], counts);

        Assert.Empty(CountsOf(facets, counts, 0));
        Assert.Equal(new Dictionary<string, int> { ["jp"] = 1 }, CountsOf(facets, counts, 1));
    }

    [Fact]
    public void Count_DocumentWithMoreValuesThanARowHolds_CountsEveryValue()
    {
        using var temp = new TempDirectory();
        var many = Enumerable.Range(0, 40).Select(i => $"c{i:00}").ToArray();
        using var reader = Index(temp.Path, [(many, "a"), (["c01"], "b"), (["c01", "c02"], null)]);
        var leaf = Assert.Single(reader.Leaves).AtomicReader;

        var facets = SegmentFacets.For(leaf, ["country", "outlet"]);
        var counts = new int[facets.CountsLength];
        facets.Count([0, 1, 2], counts);

        var countries = CountsOf(facets, counts, 0);
        Assert.Equal(40, countries.Count);
        Assert.Equal(3, countries["c01"]);
        Assert.Equal(2, countries["c02"]);
        Assert.Equal(1, countries["c39"]);
        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1 }, CountsOf(facets, counts, 1));
    }

    [Fact]
    public void Count_DocumentsWithFewerValuesThanOthers_SpareCellsCountNoLabel()
    {
        using var temp = new TempDirectory();
        using var reader = Index(temp.Path, [(["jp", "kr", "us", "vn"], "a"), ([], null), ([], "b")]);
        var leaf = Assert.Single(reader.Leaves).AtomicReader;

        var facets = SegmentFacets.For(leaf, ["country", "outlet"]);
        var counts = new int[facets.CountsLength];
        facets.Count([1, 2, 2], counts);

        Assert.All(CountsOf(facets, counts, 0).Values, c => Assert.Equal(0, c));
        Assert.Equal(new Dictionary<string, int> { ["a"] = 0, ["b"] = 2 }, CountsOf(facets, counts, 1));
    }

    [Fact]
    public void For_SameSegmentAndFieldsTwice_LoadedOnce()
    {
        using var temp = new TempDirectory();
        using var reader = Index(temp.Path, [(["jp"], "a"), (["kr"], "b")]);
        var leaf = Assert.Single(reader.Leaves).AtomicReader;

        Assert.Same(SegmentFacets.For(leaf, ["country", "outlet"]), SegmentFacets.For(leaf, ["country", "outlet"]));
        Assert.NotSame(SegmentFacets.For(leaf, ["country", "outlet"]), SegmentFacets.For(leaf, ["outlet"]));
    }

    private static Dictionary<string, int> CountsOf(SegmentFacets facets, int[] counts, int field) =>
        Enumerable.Range(facets.FieldStarts[field], facets.FieldStarts[field + 1] - facets.FieldStarts[field]).ToDictionary(ord => facets.Labels[ord], ord => counts[ord]);

    private static DirectoryReader Index(string path, (string[] Countries, string? Outlet)[] documents)
    {
        var directory = PositionalReadDirectory.At(path);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            foreach (var (countries, outlet) in documents)
            {
                var document = new Document { new StringField("id", Guid.NewGuid().ToString(), Field.Store.NO) };
                foreach (var country in countries)
                {
                    document.Add(new SortedSetDocValuesField("country", new BytesRef(country)));
                }

                if (outlet is not null)
                {
                    document.Add(new SortedSetDocValuesField("outlet", new BytesRef(outlet)));
                }

                writer.AddDocument(document);
            }

            writer.Commit();
        }

        return DirectoryReader.Open(directory);
    }
}
