using Microsoft.Extensions.Time.Testing;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Contracts;

/// <summary>Bulk import of analysed articles in a real database of each provider: sequences, facts and duplicates.</summary>
public abstract class ArticleImportContract(StoreTarget target) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));

    [StoreFact]
    public async Task ImportAsync_NewArticles_StoredAnalysedWithAscendingSequences()
    {
        var articles = (await target.OpenAsync(clock)).Articles;

        var result = await articles.ImportAsync(TrendArticles.All);

        Assert.Equal((4, 0), result);
        var stored = await articles.ReadAfterAsync(0, 10);
        Assert.Equal(TrendArticles.All.Select(a => TrendArticles.Id(a.Url)), stored.Select(a => a.Id));
        Assert.True(stored.Zip(stored.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Empty(await articles.ReadUnanalyzedAsync(10));
        Assert.Equal(["jica"], StoredFacts.Read(stored[0].FactsJson)!.Partners.Select(p => p.Key));
        Assert.Equal((4, stored[^1].Sequence), await articles.CountAsync());
    }

    [StoreFact]
    public async Task ImportAsync_SameArticlesAgain_AllSkippedAsDuplicates()
    {
        var articles = (await target.OpenAsync(clock)).Articles;
        await articles.ImportAsync(TrendArticles.All);

        var again = await articles.ImportAsync(TrendArticles.All);

        Assert.Equal((0, 4), again);
        Assert.Equal(4, (await articles.CountAsync()).Count);
        Assert.Equal(3L, await target.ScalarAsync("SELECT COUNT(*) FROM article_trend WHERE day IS NOT NULL"));
    }

    [StoreFact]
    public async Task ImportAsync_SameTextUnderAnotherAddress_SkippedByContentHash()
    {
        var articles = (await target.OpenAsync(clock)).Articles;
        var original = TrendArticles.All[0];
        var copy = original with { Url = new Uri("https://tonghop.example/tin/jica-dao-tao.htm"), Source = "copy" };

        var result = await articles.ImportAsync([original, copy]);

        Assert.Equal((1, 1), result);
        Assert.Null(await articles.FindAsync(TrendArticles.Id(copy.Url)));
        Assert.Equal("test", await articles.SourceOfAsync(original.Url));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await target.DisposeAsync();
}
