using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.Running;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;
using Pipeline.Text.Facts;
using Pipeline.Topics;

namespace Pipeline.Tests.Running;

/// <summary>The analysis pass over a real SQLite store: which articles it analyses, what it stores, and what a failure leaves.</summary>
public sealed class AnalysisStageTests : IDisposable
{
    private const string Korea = "Sáng 1-6, Sở Y tế Đà Nẵng tiếp nhận lô máy thở và máy siêu âm do Chính phủ Hàn Quốc viện trợ cho các bệnh viện tuyến quận.";
    private const string Japan = "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ khóa đào tạo sáu tháng về ghép gan cho mười bác sĩ của Bệnh viện Chợ Rẫy.";
    private const string Dengue = "Ngành y tế Quảng Ninh ra quân diệt lăng quăng tại các phường có ổ dịch sốt xuất huyết, đồng thời tăng cường giám sát ca bệnh tại cộng đồng.";

    private readonly TempDirectory temp = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));
    private readonly TopicClassifier topics = ShippedServices.Topics.For(new DataDirectory(Path.Combine(Path.GetTempPath(), "pipeline-tests", "no-data")));

    [Fact]
    public async Task RunAsync_ArticlesNeverAnalysed_StoresEachOnesOwnFactsAtItsSequence()
    {
        var (database, store) = await OpenAsync();
        var korea = await StoreAsync(store, "bai-1", "Đà Nẵng nhận thiết bị y tế", Korea);
        var japan = await StoreAsync(store, "bai-2", "Bác sĩ sang Fukuoka học ghép gan", Japan);

        var analysed = await new AnalysisStage(store, topics).RunAsync();

        Assert.Equal(2, analysed);
        Assert.Equal(0L, await ScalarAsync(database, "SELECT COUNT(*) FROM articles WHERE facts_seq <> seq OR facts IS NULL"));
        Assert.Contains("KR", await PartnerCountriesAsync(store, korea));
        Assert.DoesNotContain("JP", await PartnerCountriesAsync(store, korea));
        Assert.Contains("JP", await PartnerCountriesAsync(store, japan));
    }

    [Fact]
    public async Task RunAsync_SecondPass_AnalysesNothingAndLeavesTheFacts()
    {
        var (database, store) = await OpenAsync();
        await StoreAsync(store, "bai-1", "Đà Nẵng nhận thiết bị y tế", Korea);
        await StoreAsync(store, "bai-3", "Quảng Ninh phòng chống sốt xuất huyết", Dengue);
        await new AnalysisStage(store, topics).RunAsync();
        var facts = await ScalarAsync(database, "SELECT group_concat(facts || facts_seq, '|') FROM articles");
        var trendRows = await ScalarAsync(database, "SELECT COUNT(*) FROM article_trend");

        var again = await new AnalysisStage(store, topics).RunAsync();

        Assert.Equal(0, again);
        Assert.Equal(facts, await ScalarAsync(database, "SELECT group_concat(facts || facts_seq, '|') FROM articles"));
        Assert.Equal(trendRows, await ScalarAsync(database, "SELECT COUNT(*) FROM article_trend"));
    }

    [Fact]
    public async Task RunAsync_ArticleChangedAfterItsAnalysis_ReanalysesOnlyThatOne()
    {
        var (database, store) = await OpenAsync();
        var changing = await StoreAsync(store, "bai-1", "Đà Nẵng nhận thiết bị y tế", Korea);
        await StoreAsync(store, "bai-3", "Quảng Ninh phòng chống sốt xuất huyết", Dengue);
        await new AnalysisStage(store, topics).RunAsync();
        var untouched = await ScalarAsync(database, "SELECT facts_seq FROM articles WHERE id <> $id", changing);

        var update = (await StoreWithOutcomeAsync(store, "bai-1", "Đà Nẵng nhận thiết bị y tế", Japan)).Outcome;
        var analysed = await new AnalysisStage(store, topics).RunAsync();

        Assert.Equal((StoreOutcome.Updated, 1), (update, analysed));
        Assert.Equal(untouched, await ScalarAsync(database, "SELECT facts_seq FROM articles WHERE id <> $id", changing));
        Assert.Equal(await ScalarAsync(database, "SELECT seq FROM articles WHERE id = $id", changing), await ScalarAsync(database, "SELECT facts_seq FROM articles WHERE id = $id", changing));
        var countries = await PartnerCountriesAsync(store, changing);
        Assert.Contains("JP", countries);
        Assert.DoesNotContain("KR", countries);
    }

    [Fact]
    public async Task RunAsync_MoreArticlesThanOneBatch_AnalysesThemAll()
    {
        var (database, store) = await OpenAsync();
        for (var i = 0; i < 5; i++)
        {
            await StoreAsync(store, $"bai-{i}", $"Tin số {i}", i % 2 == 0 ? Korea : Japan + $" Đoàn gồm {i + 10} người.");
        }

        var analysed = await new AnalysisStage(store, topics, batchSize: 2).RunAsync();

        Assert.Equal(5, analysed);
        Assert.Equal(0L, await ScalarAsync(database, "SELECT COUNT(*) FROM articles WHERE facts_seq < seq"));
    }

    [Fact]
    public async Task RunAsync_FactsInvalidated_ReanalysesEveryArticle()
    {
        var (_, store) = await OpenAsync();
        await StoreAsync(store, "bai-1", "Đà Nẵng nhận thiết bị y tế", Korea);
        await StoreAsync(store, "bai-2", "Bác sĩ sang Fukuoka học ghép gan", Japan);
        await new AnalysisStage(store, topics).RunAsync();

        await store.InvalidateFactsAsync();

        Assert.Equal(2, await new AnalysisStage(store, topics).RunAsync());
    }

    [Fact]
    public async Task RunAsync_StoreRefusesOneArticlesFacts_StopsWithTheErrorKeepingTheFactsSavedBefore()
    {
        var (database, store) = await OpenAsync();
        var first = await StoreAsync(store, "bai-1", "Đà Nẵng nhận thiết bị y tế", Korea);
        var refused = await StoreAsync(store, "bai-2", "Bác sĩ sang Fukuoka học ghép gan", Japan);
        var last = await StoreAsync(store, "bai-3", "Quảng Ninh phòng chống sốt xuất huyết", Dengue);
        // A real write failure for one article: the database itself refuses it.
        await ExecuteAsync(database, $"CREATE TRIGGER refuse BEFORE UPDATE OF facts ON articles WHEN NEW.id = '{refused}' BEGIN SELECT RAISE(ABORT, 'disk says no'); END");

        var error = await Assert.ThrowsAsync<SqliteException>(() => new AnalysisStage(store, topics).RunAsync());

        Assert.Contains("disk says no", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await ScalarAsync(database, "SELECT facts_seq = seq FROM articles WHERE id = $id", first));
        Assert.Equal(0L, await ScalarAsync(database, "SELECT facts_seq FROM articles WHERE id = $id", refused));
        Assert.Equal(0L, await ScalarAsync(database, "SELECT facts_seq FROM articles WHERE id = $id", last));

        // Once the store accepts writes again, the next pass picks up where this one stopped.
        await ExecuteAsync(database, "DROP TRIGGER refuse");
        Assert.Equal(2, await new AnalysisStage(store, topics).RunAsync());
    }

    [Fact]
    public async Task RunAsync_PlaceholderPublicationDateWithRelativeDate_EveryArticleAnalysed()
    {
        var (database, store) = await OpenAsync();
        var first = await StoreAsync(store, "bai-1", "Đà Nẵng nhận thiết bị y tế", Korea);
        var poison = await StoreAsync(store, "bai-2", "Bác sĩ sang Fukuoka học ghép gan", "Hôm qua, " + Japan);
        var last = await StoreAsync(store, "bai-3", "Quảng Ninh phòng chống sốt xuất huyết", Dengue);
        await ExecuteAsync(database, $"UPDATE articles SET published = '0001-01-01T00:00:00+00:00' WHERE id = '{poison}'");

        var analysed = await new AnalysisStage(store, topics).RunAsync();

        Assert.Equal(3, analysed);
        Assert.Equal(1L, await ScalarAsync(database, "SELECT facts_seq = seq FROM articles WHERE id = $id", first));
        Assert.Equal(1L, await ScalarAsync(database, "SELECT facts_seq = seq FROM articles WHERE id = $id", last));
    }

    [Fact]
    public async Task RunAsync_AnalysisThrows_ArticleStoredWithoutFactsAndPassGoesOn()
    {
        var (database, store) = await OpenAsync();
        var first = await StoreAsync(store, "bai-1", "Đà Nẵng nhận thiết bị y tế", Korea);
        var second = await StoreAsync(store, "bai-2", "Quảng Ninh phòng chống sốt xuất huyết", Dengue);
        var calls = 0;
        ArticleFacts Failing(string text, DateTimeOffset? published) => ++calls == 1 ? throw new InvalidOperationException("analysis bug") : topics.Analyze(text, published);

        var analysed = await new AnalysisStage(store, Failing).RunAsync();

        Assert.Equal(2, analysed);
        Assert.Equal(1L, await ScalarAsync(database, "SELECT facts_seq = seq FROM articles WHERE id = $id", first));
        Assert.Empty(await PartnerCountriesAsync(store, first));
        Assert.Equal(1L, await ScalarAsync(database, "SELECT facts_seq = seq FROM articles WHERE id = $id", second));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    private static async Task<List<string>> PartnerCountriesAsync(SqliteArticleStore store, string id)
    {
        var stored = await store.FindAsync(id);
        using var facts = JsonDocument.Parse(stored!.FactsJson!);
        return facts.RootElement.GetProperty("partners").EnumerateArray()
            .Select(p => p.TryGetProperty("countryCode", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString()! : "")
            .ToList();
    }

    private static async Task<object?> ScalarAsync(PipelineDatabase database, string sql, string? id = null)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", (object?)id ?? DBNull.Value);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(PipelineDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Stores an article as a crawl would and returns its id.</summary>
    private async Task<string> StoreAsync(SqliteArticleStore store, string slug, string title, string paragraph) =>
        (await StoreWithOutcomeAsync(store, slug, title, paragraph)).ArticleId;

    private async Task<StoreResult> StoreWithOutcomeAsync(SqliteArticleStore store, string slug, string title, string paragraph)
    {
        var url = new Uri($"https://baoyte.example/hop-tac/{slug}.htm");
        var html = $"""
            <!DOCTYPE html><html lang="vi"><head><title>{title}</title>
            <meta property="article:published_time" content="2025-06-30T08:00:00+07:00"></head>
            <body><article><h1>{title}</h1><div class="content"><p>{paragraph}</p>
            <p>Lãnh đạo hai bên cho biết sẽ tiếp tục trao đổi kinh nghiệm chuyên môn trong những năm tới.</p></div></article></body></html>
            """;
        var article = new ArticleExtractor().Extract(html, url);
        Assert.True(article.IsArticle, article.Reason);
        var fetch = new FetchResult(url, url, HttpStatusCode.OK, "text/html", html, "utf-8", html.Length, false, null);
        return await store.StoreAsync(new CrawledArticle("test", article, fetch, clock.GetUtcNow(), CrawlRunner.ContentHash(article)));
    }

    private async Task<(PipelineDatabase Database, SqliteArticleStore Store)> OpenAsync()
    {
        var database = await PipelineDatabase.OpenAsync(temp.Combine("pipeline.db"), create: true, clock);
        return (database, new SqliteArticleStore(database, clock));
    }
}
