using Microsoft.Data.Sqlite;
using Pipeline.Analysis.Trends;
using Pipeline.Corpus;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;
using Pipeline.Text.Facts;

namespace Pipeline.Tests.Trends;

public sealed class TrendStoreTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task SaveFactsAsync_NewFacts_TrendRowsFollowInTheSameTransaction()
    {
        var (database, store) = await CreateAsync(20);
        var article = (await store.ReadAfterAsync(0, 1)).Single();
        var facts = ArticleFacts.Empty with { Topics = [new TopicScore("digital-health", 0.9)], Cooperation = new CooperationFact(true, 0.9) };

        var before = await DigitalHealthAsync(database);
        await store.SaveFactsAsync(article.Id, article.Sequence, StoredFacts.Write(facts));
        var after = await DigitalHealthAsync(database);

        var hadIt = StoredFacts.Read(article.FactsJson)!.Topics.Any(t => t.Label == "digital-health");
        Assert.Equal(before + (hadIt ? 0 : 1), after);
        Assert.Equal(0, await new SqliteTrendStore(database).CatchUpAsync());
    }

    [Fact]
    public async Task SaveFactsAsync_StaleSequence_NeitherFactsNorTrendRowsChange()
    {
        var (database, store) = await CreateAsync(5);
        var article = (await store.ReadAfterAsync(0, 1)).Single();

        await store.SaveFactsAsync(article.Id, article.Sequence + 1000, StoredFacts.Write(ArticleFacts.Empty));

        Assert.Equal(article.FactsJson, (await store.ReadAfterAsync(0, 1)).Single().FactsJson);
        Assert.Equal(5, (await new SqliteTrendStore(database).MonthTotalsAsync(TrendFilter.All)).Sum(m => m.Articles));
    }

    [Fact]
    public async Task CatchUpAsync_TrendRowsMissing_RebuiltFromTheFacts()
    {
        var (database, _) = await CreateAsync(164);
        var expected = await new SqliteTrendStore(database).ActorsAsync(TrendFilter.All);
        await ExecuteAsync(database, "DELETE FROM article_trend; DELETE FROM article_topics; DELETE FROM article_partners; DELETE FROM article_counts;");

        var trends = new SqliteTrendStore(database);
        var rebuilt = await trends.ActorsAsync(TrendFilter.All);

        Assert.Equal(expected.OrderBy(a => a.Role + a.Key + a.Name, StringComparer.Ordinal), rebuilt.OrderBy(a => a.Role + a.Key + a.Name, StringComparer.Ordinal));
        Assert.Equal(164, (await trends.MonthTotalsAsync(TrendFilter.All)).Sum(m => m.Articles));
        Assert.Equal(0, trends.Unreadable);
    }

    [Fact]
    public async Task CatchUpAsync_UnreadableFacts_ArticleLeftOutAndCounted()
    {
        var (database, store) = await CreateAsync(10);
        var article = (await store.ReadAfterAsync(0, 1)).Single();
        await ExecuteAsync(database, $"UPDATE articles SET facts = '{{not json', facts_seq = facts_seq + 100000 WHERE id = '{article.Id}'");

        var trends = new SqliteTrendStore(database);
        var months = await trends.MonthTotalsAsync(TrendFilter.All);

        Assert.Equal(9, months.Sum(m => m.Articles));
        Assert.Equal(1, trends.Unreadable);
    }

    [Fact]
    public async Task CatchUpAsync_OlderFactsWithoutSomeLists_ProjectedWithWhatIsThere()
    {
        var (database, store) = await CreateAsync(10);
        var article = (await store.ReadAfterAsync(0, 1)).Single();
        await ExecuteAsync(database, $$"""UPDATE articles SET facts = '{"topics":[{"label":"digital-health","score":0.9}]}', facts_seq = facts_seq + 100000 WHERE id = '{{article.Id}}'""");

        var trends = new SqliteTrendStore(database);
        var topics = await trends.MonthValuesAsync(TrendDimension.Topic, TrendFilter.All);

        Assert.Equal(0, trends.Unreadable);
        Assert.Equal(10, (await trends.MonthTotalsAsync(TrendFilter.All)).Sum(m => m.Articles));
        Assert.Contains(topics, t => t.Key == "digital-health");
    }

    [Fact]
    public async Task Trends_AfterInvalidateFacts_StayAndNeedNoRebuild()
    {
        var (database, store) = await CreateAsync(10);
        await store.InvalidateFactsAsync();

        var trends = new SqliteTrendStore(database);
        Assert.Equal(10, (await trends.MonthTotalsAsync(TrendFilter.All)).Sum(m => m.Articles));
        Assert.Equal(0, await new SqliteTrendStore(database).CatchUpAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    private static async Task<int> DigitalHealthAsync(PipelineDatabase database)
    {
        var service = new TrendService(new SqliteTrendStore(database), ShippedServices.Topics.Taxonomy);
        var series = await service.SeriesAsync(TrendDimension.Topic, TrendInterval.Year, TrendFilter.All, 20);
        return series.Lines.SingleOrDefault(l => l.Key == "digital-health")?.Total ?? 0;
    }

    private async Task<(PipelineDatabase Database, SqliteArticleStore Store)> CreateAsync(int articles)
    {
        var database = await PipelineDatabase.OpenAsync(temp.Combine("pipeline.db"), create: true, TimeProvider.System);
        var store = new SqliteArticleStore(database, TimeProvider.System);
        await store.ImportAsync(GoldCorpus.Load(GoldCorpus.DefaultDirectory).Take(articles).Select(GoldImport.From));
        return (database, store);
    }

    private static async Task ExecuteAsync(PipelineDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
