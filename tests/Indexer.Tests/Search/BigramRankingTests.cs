using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Writing;

namespace Pipeline.Indexer.Tests.Search;

public sealed class BigramRankingTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public BigramRankingTests()
    {
        using var writer = new ArticleIndexWriter(directory.Path);
        writer.Upsert(
        [
            // Both hold every syllable of "chuyển giao kỹ thuật"; only "together" holds them side by side.
            new IndexedArticle("apart", "https://a.vn/1", "Báo A", "Bệnh viện tỉnh nhận thiết bị", null, "Kỹ sư chuyển thiết bị về kho, giao cho khoa. Thuật ngữ mới được giải thích.", null),
            new IndexedArticle("together", "https://a.vn/2", "Báo A", "Bệnh viện tỉnh nhận thiết bị", null, "Bệnh viện nhận chuyển giao kỹ thuật mổ nội soi từ đối tác.", null),
        ]);
        writer.Commit(2);
    }

    [Theory]
    [InlineData("chuyển giao kỹ thuật")]
    [InlineData("chuyen giao ky thuat")]
    public void Search_AdjacentSyllables_RankAboveScattered(string query)
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest(query));

        Assert.Equal(["together", "apart"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_OnlyFunctionWords_StillMatchesFoldedText()
    {
        using var searcher = ArticleSearcher.Open(directory.Path);

        var results = searcher.Search(new SearchRequest("được"));

        Assert.Equal(["apart"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void PositiveSegments_Operators_SplitRunsAndDropNegatedWords()
    {
        var segments = BigramBoost.PositiveSegments("\"hợp tác\" quốc tế NOT Lào OR y tế -dịch (vắc xin)").ToList();

        Assert.Equal(["hợp tác quốc tế", "y tế", "vắc xin"], segments);
    }

    public void Dispose() => directory.Dispose();
}
