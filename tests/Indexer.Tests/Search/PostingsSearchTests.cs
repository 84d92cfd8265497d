using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Indexer.Search;

namespace Pipeline.Indexer.Tests.Search;

public sealed class PostingsSearchTests : IDisposable
{
    // Lengths and repeats that vary (so do norms and frequencies, some past the table of square roots), and terms of
    // different frequencies (so the order a conjunction sums in matters).
    private readonly ThreeSegmentIndex index = new(i =>
    [
        new TextField("text", string.Join(' ', Enumerable.Repeat("vac xin", 1 + (i % 7))
            .Concat(Enumerable.Repeat("y te", i % 5))
            .Concat(Enumerable.Repeat("hiem", i % 13 == 0 ? 2 : 0))
            .Concat(Enumerable.Repeat("xin", i == 3 ? 300 : 0))), Field.Store.NO),
        new TextField("title", i % 3 == 0 ? "vac xin moi" : "tin y te", Field.Store.NO),
        new StringField("tag", i % 2 == 0 ? "even" : "odd", Field.Store.NO),
        new Int64Field("number", i, Field.Store.NO),
    ]);

    private DirectoryReader reader => index.Reader;

    private IndexSearcher searcher => index.Searcher;

    public static TheoryData<string> Answered =>
    [
        "term", "term-boosted", "term-rare", "term-absent", "all", "all-three", "all-boosted", "all-absent",
        "either", "either-with-coord", "either-one-absent", "filtered", "filtered-all", "filtered-either",
        "any-of-three", "any-of-three-no-coord", "filtered-any-of-three", "phrase", "phrase-sloppy", "either-phrase", "either-phrase-or-term", "either-phrase-one-absent", "filtered-either-phrase",
    ];

    [Theory]
    [MemberData(nameof(Answered))]
    public void Search_AnsweredShape_SameMatchesAndScoresAsLuceneToTheLastBit(string kind)
    {
        var query = QueryOf(kind);
        var expected = TopScoreDocCollector.Create(reader.MaxDoc, docsScoredInOrder: true);
        searcher.Search(query, expected);

        var direct = PostingsSearch.For(searcher, query);
        Assert.NotNull(direct);
        var actual = TopScoreDocCollector.Create(reader.MaxDoc, docsScoredInOrder: true);
        direct.Search(searcher, actual);

        Assert.Equal(Bits(expected.GetTopDocs()), Bits(actual.GetTopDocs()));
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        if (kind is not "term-absent" and not "all-absent")
        {
            Assert.True(expected.TotalHits > 0);
        }
    }

    [Theory]
    [MemberData(nameof(Answered))]
    public void Search_IntoTheSearchCollectors_SameBestMatchesAsLucene(string kind)
    {
        var query = QueryOf(kind);
        var expected = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
        searcher.Search(query, expected);

        var top = new TopScores(10);
        using var facets = new FacetCollector(top, [], TimeSpan.FromMinutes(1));
        PostingsSearch.For(searcher, query)!.Search(searcher, facets, null, top);

        Assert.Equal(Bits(expected.GetTopDocs()), Bits(top.GetTopDocs()));
        Assert.Equal(expected.TotalHits, top.TotalHits);
    }

    [Theory]
    [InlineData("term")]
    [InlineData("either")]
    [InlineData("either-with-coord")]
    [InlineData("either-phrase-or-term")]
    public void Open_EachSegment_SameMatchesAndScoresAsLucenesScorer(string kind)
    {
        var query = QueryOf(kind);
        var weight = searcher.CreateNormalizedWeight(query);
        var direct = PostingsSearch.For(searcher, query)!;
        foreach (var leaf in reader.Leaves)
        {
            var expected = new List<(int, int)>();
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer)
            {
                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                {
                    expected.Add((doc, BitConverter.SingleToInt32Bits(scorer.GetScore())));
                }
            }

            var actual = new List<(int, int)>();
            if (direct.Open(leaf) is { } matches)
            {
                for (var doc = matches.Next(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.Next())
                {
                    actual.Add((doc, BitConverter.SingleToInt32Bits(matches.Score())));
                }
            }

            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Open_FilteredQuery_Refused()
    {
        var direct = PostingsSearch.For(searcher, QueryOf("filtered"))!;

        Assert.Throws<InvalidOperationException>(() => direct.Open(reader.Leaves[0]));
    }

    [Theory]
    [InlineData("phrase-beside-word")]
    [InlineData("excluded")]
    [InlineData("any-of-three-boosts")]
    [InlineData("any-of-three-fields")]
    [InlineData("any-of-nine")]
    [InlineData("one-phrase-twice")]
    [InlineData("everything")]
    [InlineData("scoring-filter")]
    public void For_ShapeLuceneMustAnswer_Null(string kind)
    {
        Assert.Null(PostingsSearch.For(searcher, QueryOf(kind)));
    }

    public void Dispose() => index.Dispose();

    private static List<(int Doc, int Score)> Bits(TopDocs top) =>
        [.. top.ScoreDocs.Select(d => (d.Doc, BitConverter.SingleToInt32Bits(d.Score)))];

    private static TermQuery Word(string field, string text, float boost = 1f) => new(new Term(field, text)) { Boost = boost };

    private static BooleanQuery Twice(Query clause) => new() { { clause, Occur.SHOULD }, { clause, Occur.SHOULD } };

    private static BooleanQuery AnyOf(string field, params string[] words)
    {
        var any = new BooleanQuery();
        foreach (var word in words)
        {
            any.Add(Word(field, word), Occur.SHOULD);
        }

        return any;
    }

    private static PhraseQuery Phrase(string field, params string[] words)
    {
        var phrase = new PhraseQuery();
        foreach (var word in words)
        {
            phrase.Add(new Term(field, word));
        }

        return phrase;
    }

    private static PhraseQuery Sloppy(PhraseQuery phrase, int slop)
    {
        phrase.Slop = slop;
        return phrase;
    }

    private static BooleanQuery Filtered(Query query, params Query[] filters)
    {
        var filtered = new BooleanQuery { { query, Occur.MUST } };
        foreach (var filter in filters)
        {
            filtered.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
        }

        return filtered;
    }

    private static Query QueryOf(string kind) => kind switch
    {
        "term" => Word("text", "xin"),
        "term-boosted" => Word("text", "xin", 2.5f),
        "term-rare" => Word("text", "hiem"),
        "term-absent" => Word("text", "khong"),
        "all" => new BooleanQuery { { Word("text", "vac"), Occur.MUST }, { Word("text", "xin"), Occur.MUST } },
        "all-three" => new BooleanQuery { { Word("text", "xin"), Occur.MUST }, { Word("text", "te"), Occur.MUST }, { Word("text", "hiem"), Occur.MUST } },
        "all-boosted" => new BooleanQuery { Boost = 1.5f, Clauses = { new BooleanClause(Word("text", "vac", 2f), Occur.MUST), new BooleanClause(Word("title", "moi"), Occur.MUST) } },
        "all-absent" => new BooleanQuery { { Word("text", "vac"), Occur.MUST }, { Word("text", "khong"), Occur.MUST } },
        "either" => new BooleanQuery(disableCoord: true) { { Word("title", "moi"), Occur.SHOULD }, { Word("text", "te"), Occur.SHOULD } },
        "either-with-coord" => new BooleanQuery { { Word("title", "moi"), Occur.SHOULD }, { Word("text", "te"), Occur.SHOULD } },
        "either-one-absent" => new BooleanQuery { { Word("text", "hiem"), Occur.SHOULD }, { Word("text", "khong"), Occur.SHOULD } },
        "filtered" => Filtered(Word("text", "xin"), Word("tag", "even"), NumericRangeQuery.NewInt64Range("number", 10, 250, true, false)),
        "filtered-all" => Filtered(new BooleanQuery { { Word("text", "vac"), Occur.MUST }, { Word("text", "te"), Occur.MUST } }, Word("tag", "odd")),
        "filtered-either" => Filtered(new BooleanQuery(disableCoord: true) { { Word("title", "moi"), Occur.SHOULD }, { Word("text", "hiem"), Occur.SHOULD } }, Word("tag", "even")),
        "phrase" => Phrase("text", "vac", "xin"),
        "phrase-sloppy" => Sloppy(Phrase("text", "xin", "y"), 2),
        "either-phrase" => new BooleanQuery(disableCoord: true) { { Phrase("title", "y", "te"), Occur.SHOULD }, { Phrase("text", "xin", "y", "te"), Occur.SHOULD } },
        "either-phrase-or-term" => new BooleanQuery { Boost = 1.5f, Clauses = { new BooleanClause(Phrase("title", "vac", "xin", "moi"), Occur.SHOULD), new BooleanClause(Word("text", "hiem", 2f), Occur.SHOULD) } },
        "either-phrase-one-absent" => new BooleanQuery(disableCoord: true) { { Phrase("text", "khong", "co"), Occur.SHOULD }, { Phrase("title", "vac", "xin"), Occur.SHOULD } },
        "filtered-either-phrase" => Filtered(new BooleanQuery(disableCoord: true) { { Phrase("title", "y", "te"), Occur.SHOULD }, { Phrase("text", "te", "hiem"), Occur.SHOULD } }, Word("tag", "even")),
        "phrase-beside-word" => new BooleanQuery { { Phrase("text", "vac", "xin"), Occur.MUST }, { Word("text", "hiem"), Occur.MUST } },
        "excluded" => new BooleanQuery { { Word("text", "vac"), Occur.MUST }, { Word("text", "te"), Occur.MUST_NOT } },
        "any-of-three" => AnyOf("text", "vac", "te", "hiem"),
        "any-of-three-no-coord" => new BooleanQuery(disableCoord: true) { { Word("text", "xin"), Occur.SHOULD }, { Word("text", "y"), Occur.SHOULD }, { Word("text", "hiem"), Occur.SHOULD } },
        "filtered-any-of-three" => Filtered(AnyOf("title", "moi", "tin", "te"), Word("tag", "odd")),
        "any-of-three-boosts" => new BooleanQuery { { Word("text", "vac", 2f), Occur.SHOULD }, { Word("text", "te"), Occur.SHOULD }, { Word("text", "hiem"), Occur.SHOULD } },
        "any-of-three-fields" => new BooleanQuery { { Word("title", "moi"), Occur.SHOULD }, { Word("text", "te"), Occur.SHOULD }, { Word("text", "hiem"), Occur.SHOULD } },
        "one-phrase-twice" => Twice(Phrase("text", "vac", "xin")),
        "any-of-nine" => AnyOf("text", "vac", "xin", "y", "te", "hiem", "a", "b", "c", "d"),
        "everything" => new MatchAllDocsQuery(),
        _ => new BooleanQuery { { Word("text", "vac"), Occur.MUST }, { new ConstantScoreQuery(Word("tag", "even")) { Boost = 2f }, Occur.MUST } },
    };
}
