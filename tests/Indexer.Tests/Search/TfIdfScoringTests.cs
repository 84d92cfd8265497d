using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Storage;

namespace Pipeline.Indexer.Tests.Search;

public sealed class TfIdfScoringTests
{
    public static TheoryData<string> Queries => ["term", "boosted-boolean", "phrase", "sloppy-phrase", "no-norms"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Score_SameQueryAsDefaultSimilarity_SameScoreToTheLastBit(string kind)
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            // Lengths and repeats vary so that norms and term frequencies (some past the table of square roots) differ.
            for (var i = 0; i < 60; i++)
            {
                var text = string.Join(' ', Enumerable.Repeat("vac xin", 1 + (i % 7)).Concat(Enumerable.Repeat("y te", i % 5)).Concat(Enumerable.Repeat("xin", i == 3 ? 300 : 0)));
                writer.AddDocument(new Document
                {
                    new TextField("text", text, Field.Store.NO),
                    new TextField("title", i % 3 == 0 ? "vac xin moi" : "tin y te", Field.Store.NO),
                    new StringField("tag", i % 2 == 0 ? "even" : "odd", Field.Store.NO),
                });
            }

            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var query = QueryOf(kind);

        var expected = Scores(new IndexSearcher(reader) { Similarity = new DefaultSimilarity() }, query);
        var actual = Scores(new IndexSearcher(reader) { Similarity = new TfIdfScoring() }, query);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    private static Query QueryOf(string kind) => kind switch
    {
        "term" => new TermQuery(new Term("text", "xin")),
        "boosted-boolean" => new BooleanQuery
        {
            { new TermQuery(new Term("text", "vac")) { Boost = 2f }, Occur.MUST },
            { new TermQuery(new Term("title", "moi")) { Boost = 6f }, Occur.SHOULD },
            { new TermQuery(new Term("text", "te")), Occur.SHOULD },
        },
        "phrase" => new PhraseQuery { new Term("text", "vac"), new Term("text", "xin") },
        "sloppy-phrase" => Sloppy(new PhraseQuery { new Term("text", "xin"), new Term("text", "y") }, 3),
        _ => new TermQuery(new Term("tag", "even")),
    };

    private static PhraseQuery Sloppy(PhraseQuery query, int slop)
    {
        query.Slop = slop;
        return query;
    }

    private static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 100).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc).ToList();
}
