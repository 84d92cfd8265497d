using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Indexer.Search;

namespace Pipeline.Indexer.Tests.Search;

public sealed class DirectRescorerTests : IDisposable
{
    // A short headline field, a long text field and a pair field, like the ranking's; lengths and repeats that vary,
    // and a term one segment lacks ("hiem" only from document 200).
    private readonly ThreeSegmentIndex index = new(i =>
    [
        new TextField("title", i % 3 == 0 ? "vac xin moi" : "tin y te", Field.Store.NO),
        new TextField("text", string.Join(' ', Enumerable.Repeat("vac xin", 1 + (i % 7))
            .Concat(Enumerable.Repeat("y te", i % 5))
            .Concat(Enumerable.Repeat("hiem", i >= 200 && i % 3 == 0 ? 2 : 0))
            .Concat(Enumerable.Repeat("xin", i == 3 ? 300 : 0))), Field.Store.NO),
        new TextField("pairs", i % 4 == 0 ? "vac_xin" : "y_te", Field.Store.NO),
    ]);

    private DirectoryReader reader => index.Reader;

    private IndexSearcher searcher => index.Searcher;

    public static TheoryData<string> Answered =>
    [
        "word", "word-one-field", "two-words", "two-words-with-pairs", "two-words-pair-absent", "three-words-with-pairs",
        "word-absent-in-a-segment", "phrase-as-words", "or-of-words", "spread-beyond-exact",
    ];

    [Theory]
    [MemberData(nameof(Answered))]
    public void Score_AnsweredShape_SameScoresAsLuceneToTheLastBit(string kind)
    {
        var query = QueryOf(kind);
        var expected = Candidates();
        CandidateRescorer.Score(searcher, query, expected);

        var direct = DirectRescorer.For(searcher, query);
        Assert.NotNull(direct);
        var actual = Candidates();
        direct.Score(actual);

        Assert.Equal(Bits(expected), Bits(actual));
        // Only sums whose order could change their bits are left to Lucene.
        Assert.Equal(kind == "spread-beyond-exact", direct.ScoredByLucene > 0);
        Assert.Contains(expected, c => c.Score > 0f);
        if (kind is "two-words" or "word-one-field" or "word-absent-in-a-segment")
        {
            Assert.Contains(expected, c => c.Score == 0f);
        }
    }

    [Theory]
    [InlineData("not")]
    [InlineData("min-should-match")]
    [InlineData("phrase")]
    [InlineData("nine-words")]
    [InlineData("same-object-twice")]
    public void For_OtherShape_Null(string kind)
    {
        Assert.Null(DirectRescorer.For(searcher, QueryOf(kind)));
    }

    [Fact]
    public void Score_NoCandidates_Nothing()
    {
        DirectRescorer.For(searcher, QueryOf("two-words"))!.Score([]);
    }

    public void Dispose() => index.Dispose();

    // Every live document, in an order that is not the documents' own.
    private ScoreDoc[] Candidates()
    {
        var live = MultiFields.GetLiveDocs(reader);
        return [.. Enumerable.Range(0, reader.MaxDoc).Where(d => live is null || live.Get(d)).Reverse().Select(d => new ScoreDoc(d, -1f))];
    }

    private static List<(int Doc, int Score)> Bits(ScoreDoc[] scored) =>
        [.. scored.OrderBy(d => d.Doc).Select(d => (d.Doc, BitConverter.SingleToInt32Bits(d.Score)))];

    private static TermQuery Word(string field, string text, float boost = 1f) => new(new Term(field, text)) { Boost = boost };

    // A word as the ranking parser expands it: each field with its boost, any of them, without coord.
    private static BooleanQuery Fields(string word, float boost = 1f)
    {
        var fields = new BooleanQuery(disableCoord: true)
        {
            { Word("title", word, 6f), Occur.SHOULD },
            { Word("text", word, 2f), Occur.SHOULD },
            { Word("pairs", word, 1.5f), Occur.SHOULD },
        };
        fields.Boost = boost;
        return fields;
    }

    private static BooleanQuery AllOf(params Query[] parts)
    {
        var all = new BooleanQuery();
        foreach (var part in parts)
        {
            all.Add(part, Occur.MUST);
        }

        return all;
    }

    private static BooleanQuery WithPairs(Query ranking, params string[] pairs)
    {
        var boost = new BooleanQuery(disableCoord: true);
        foreach (var pair in pairs)
        {
            boost.Add(Word("pairs", pair, 2f), Occur.SHOULD);
            boost.Add(Word("text", pair), Occur.SHOULD);
        }

        return new BooleanQuery { { ranking, Occur.MUST }, { boost, Occur.SHOULD } };
    }

    private static Query QueryOf(string kind) => kind switch
    {
        "word" => Fields("xin"),
        "word-one-field" => new BooleanQuery(disableCoord: true) { { Word("text", "hiem"), Occur.SHOULD }, { Word("title", "hiem"), Occur.SHOULD } },
        "two-words" => AllOf(Fields("vac"), Fields("te")),
        "two-words-with-pairs" => WithPairs(AllOf(Fields("vac"), Fields("xin")), "vac_xin"),
        "two-words-pair-absent" => WithPairs(AllOf(Fields("y"), Fields("te")), "te_y"),
        "three-words-with-pairs" => WithPairs(AllOf(Fields("vac"), Fields("xin"), Fields("moi")), "vac_xin", "xin_moi", "y_te"),
        "word-absent-in-a-segment" => AllOf(Fields("hiem"), Fields("xin")),
        // A phrase in the ranking is its words, any of them, the more the better.
        "phrase-as-words" => WithPairs(new BooleanQuery(disableCoord: true) { { new BooleanQuery { { Word("title", "y", 6f), Occur.SHOULD }, { Word("title", "te", 6f), Occur.SHOULD } }, Occur.SHOULD }, { new BooleanQuery { { Word("text", "y", 2f), Occur.SHOULD }, { Word("text", "te", 2f), Occur.SHOULD } }, Occur.SHOULD } }, "y_te"),
        "or-of-words" => new BooleanQuery { { Fields("hiem"), Occur.SHOULD }, { Fields("moi"), Occur.SHOULD }, { Fields("tin"), Occur.SHOULD } },
        // Boosts far apart: the disjunction's double sum is not exact for every document, and Lucene's order decides it.
        "spread-beyond-exact" => new BooleanQuery { { Fields("xin", 1e9f), Occur.SHOULD }, { Fields("te"), Occur.SHOULD }, { Fields("moi", 3e-3f), Occur.SHOULD } },
        "not" => new BooleanQuery { { Fields("xin"), Occur.MUST }, { Word("text", "hiem"), Occur.MUST_NOT } },
        "min-should-match" => MinimumTwo(),
        "phrase" => new PhraseQuery { new Term("text", "vac"), new Term("text", "xin") },
        "nine-words" => AnyOfNine(),
        "same-object-twice" => SameObjectTwice(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static BooleanQuery MinimumTwo()
    {
        var two = new BooleanQuery { { Word("text", "xin"), Occur.SHOULD }, { Word("text", "te"), Occur.SHOULD } };
        two.MinimumNumberShouldMatch = 2;
        return two;
    }

    private static BooleanQuery AnyOfNine()
    {
        var nine = new BooleanQuery();
        for (var i = 0; i < 9; i++)
        {
            nine.Add(Word("text", i % 2 == 0 ? "xin" : "te", 1f + i), Occur.SHOULD);
        }

        return nine;
    }

    private static BooleanQuery SameObjectTwice()
    {
        var word = Word("text", "xin");
        return new BooleanQuery { { word, Occur.MUST }, { word, Occur.SHOULD } };
    }
}
