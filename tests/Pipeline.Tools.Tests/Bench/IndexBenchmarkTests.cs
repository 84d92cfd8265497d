using Pipeline.Bench;
using Pipeline.Corpus;
using Pipeline.Indexer.Search;

namespace Pipeline.Tools.Tests.Bench;

public sealed class IndexBenchmarkTests : IDisposable
{
    private readonly TempDirectory work = new();

    [Fact]
    public void Agree_OnePassAndRescoredRanking_FirstPagesIdentical()
    {
        // Both rank every match with the same query, one in one pass and one rescoring them all: the same page.
        var articles = SyntheticArticles.Generate(GoldCorpus.Load(GoldCorpus.DefaultDirectory), 300, seed: 3);
        SyntheticArticles.Index(work.Path, articles, threads: 1);
        var queries = IndexBenchmark.SampleQueries(articles, 10, seed: 3);
        using var searcher = ArticleSearcher.Open(work.Path);

        var agreement = IndexBenchmark.Agree(searcher, queries, 10);

        Assert.Equal(IndexBenchmark.Kinds, agreement.Select(a => a.Kind));
        Assert.All(agreement.Where(a => a.Kind != "filtered+faceted"), a => Assert.True(a.Queries > 0, a.Kind));
        Assert.All(agreement.Where(a => a.Queries > 0), a =>
        {
            Assert.Equal(1.0, a.SharedAt10);
            Assert.Equal(1.0, a.SameFirst);
        });
    }

    public void Dispose() => work.Dispose();
}
