using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private static readonly Uri Url = new("https://baoyte.example/hop-tac/bai-1.htm");
    private static readonly CharsetDecision Replaced = new("utf-8", "utf-8", CharsetReason.Declared, 2);

    private readonly TempDirectory temp = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task StoreAsync_FetchWithCharsetDecision_ReadBackWithTheArticle()
    {
        var store = new SqliteArticleStore(await OpenAsync(), clock);

        await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", Replaced));

        var stored = await store.FindAsync(SqliteArticleStore.IdFor(Url));
        Assert.Equal(Replaced, stored!.Charset);
        Assert.Equal(Replaced, Assert.Single(await store.ReadAfterAsync(0, 10)).Charset);
    }

    [Fact]
    public async Task StoreAsync_EveryReason_StoredUnderItsJsonName()
    {
        var database = await OpenAsync();
        var store = new SqliteArticleStore(database, clock);
        var decision = new CharsetDecision(null, "windows-1258", CharsetReason.DeclaredUtf8MostlyInvalid, 0);

        await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", decision));

        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT charset_declared IS NULL, charset_used, charset_reason FROM articles";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((1L, "windows-1258", "declaredUtf8MostlyInvalid"), (reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        Assert.Equal(decision, (await store.FindAsync(SqliteArticleStore.IdFor(Url)))!.Charset);
    }

    [Fact]
    public async Task StoreAsync_UpdatedArticle_TakesTheNewDecision()
    {
        var store = new SqliteArticleStore(await OpenAsync(), clock);
        await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", Replaced));
        var clean = Replaced with { ReplacedCharacters = 0 };

        var result = await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp và Bỉ", clean));

        Assert.Equal(StoreOutcome.Updated, result.Outcome);
        Assert.Equal(clean, (await store.FindAsync(result.ArticleId))!.Charset);
    }

    [Fact]
    public async Task StoreAsync_UnchangedArticleWithoutDecision_GainsOneWithoutANewSequence()
    {
        var store = new SqliteArticleStore(await OpenAsync(), clock);
        var first = await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", decision: null));
        var sequence = (await store.FindAsync(first.ArticleId))!.Sequence;
        Assert.Null((await store.FindAsync(first.ArticleId))!.Charset);

        var again = await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", Replaced));

        Assert.Equal(StoreOutcome.Unchanged, again.Outcome);
        var stored = await store.FindAsync(first.ArticleId);
        Assert.Equal(Replaced, stored!.Charset);
        Assert.Equal(sequence, stored.Sequence);
    }

    [Fact]
    public async Task StoreAsync_UnchangedArticleWithDecision_KeepsTheStoredOne()
    {
        var store = new SqliteArticleStore(await OpenAsync(), clock);
        var first = await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", Replaced));

        await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", new CharsetDecision(null, "utf-8", CharsetReason.UndeclaredUtf8, 0)));

        Assert.Equal(Replaced, (await store.FindAsync(first.ArticleId))!.Charset);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    private static CrawledArticle Crawled(string title, CharsetDecision? decision)
    {
        var html = $"""
            <!DOCTYPE html><html lang="vi"><head><title>{title}</title>
            <meta property="article:published_time" content="2025-06-30T08:00:00+07:00"></head>
            <body><article><h1>{title}</h1><div class="content">
            <p>Sáng 30-6, Bệnh viện Việt Tiệp tiếp đón đoàn chuyên gia đến trao đổi kỹ thuật can thiệp tim mạch cho trẻ em.</p>
            <p>Hai bên thống nhất tổ chức thêm ba đợt phẫu thuật chung trong năm nay.</p></div></article></body></html>
            """;
        var article = new ArticleExtractor().Extract(html, Url);
        Assert.True(article.IsArticle, article.Reason);
        var fetch = new FetchResult(Url, Url, HttpStatusCode.OK, "text/html", html, decision?.Used, html.Length, false, null) { CharsetDecision = decision };
        return new CrawledArticle("test", article, fetch, new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero), CrawlRunner.ContentHash(article));
    }

    private Task<PipelineDatabase> OpenAsync() => PipelineDatabase.OpenAsync(temp.Combine("pipeline.db"), create: true, clock);
}
