using System.Net;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Contracts;

/// <summary>Articles in a real database of each provider: charset decisions stored, updated and back-filled.</summary>
public abstract class ArticleStoreContract(StoreTarget target) : IAsyncLifetime
{
    private static readonly Uri Url = new("https://baoyte.example/hop-tac/bai-1.htm");
    private static readonly CharsetDecision Replaced = new("utf-8", "utf-8", CharsetReason.Declared, 2);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));

    [StoreFact]
    public async Task StoreAsync_FetchWithCharsetDecision_ReadBackWithTheArticle()
    {
        var store = await OpenAsync();

        await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", Replaced));

        var stored = await store.FindAsync(ArticleIds.For(Url));
        Assert.Equal(Replaced, stored!.Charset);
        Assert.Equal(Replaced, Assert.Single(await store.ReadAfterAsync(0, 10)).Charset);
    }

    [StoreFact]
    public async Task StoreAsync_EveryReason_StoredUnderItsJsonName()
    {
        var store = await OpenAsync();
        var decision = new CharsetDecision(null, "windows-1258", CharsetReason.DeclaredUtf8MostlyInvalid, 0);

        await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", decision));

        Assert.Null(await target.ScalarAsync("SELECT charset_declared FROM articles"));
        Assert.Equal("windows-1258", await target.ScalarAsync("SELECT charset_used FROM articles"));
        Assert.Equal("declaredUtf8MostlyInvalid", await target.ScalarAsync("SELECT charset_reason FROM articles"));
        Assert.Equal(decision, (await store.FindAsync(ArticleIds.For(Url)))!.Charset);
    }

    [StoreFact]
    public async Task StoreAsync_UpdatedArticle_TakesTheNewDecision()
    {
        var store = await OpenAsync();
        await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", Replaced));
        var clean = Replaced with { ReplacedCharacters = 0 };

        var result = await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp và Bỉ", clean));

        Assert.Equal(StoreOutcome.Updated, result.Outcome);
        Assert.Equal(clean, (await store.FindAsync(result.ArticleId))!.Charset);
    }

    [StoreFact]
    public async Task StoreAsync_UnchangedArticleWithoutDecision_GainsOneWithoutANewSequence()
    {
        var store = await OpenAsync();
        var first = await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", decision: null));
        var sequence = (await store.FindAsync(first.ArticleId))!.Sequence;
        Assert.Null((await store.FindAsync(first.ArticleId))!.Charset);

        var again = await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", Replaced));

        Assert.Equal(StoreOutcome.Unchanged, again.Outcome);
        var stored = await store.FindAsync(first.ArticleId);
        Assert.Equal(Replaced, stored!.Charset);
        Assert.Equal(sequence, stored.Sequence);
    }

    [StoreFact]
    public async Task StoreAsync_UnchangedArticleWithDecision_KeepsTheStoredOne()
    {
        var store = await OpenAsync();
        var first = await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", Replaced));

        await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", new CharsetDecision(null, "utf-8", CharsetReason.UndeclaredUtf8, 0)));

        Assert.Equal(Replaced, (await store.FindAsync(first.ArticleId))!.Charset);
    }

    [StoreFact]
    public async Task SaveFactsAsync_AnalysedArticle_FactsAndTrendRowAtItsSequence()
    {
        var store = await OpenAsync();
        var stored = await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", Replaced));
        var pending = Assert.Single(await store.ReadUnanalyzedAsync(10));

        await store.SaveFactsAsync(stored.ArticleId, pending.Sequence, StoredFacts.Write(Pipeline.Text.Facts.ArticleFacts.Empty));

        Assert.Empty(await store.ReadUnanalyzedAsync(10));
        Assert.NotNull((await store.FindAsync(stored.ArticleId))!.FactsJson);
        Assert.Equal(pending.Sequence, await target.ScalarAsync("SELECT facts_seq FROM article_trend"));
        Assert.Equal("2025-06", await target.ScalarAsync("SELECT month FROM article_trend"));
    }

    [StoreFact]
    public async Task SaveFactsAsync_ContentChangedSinceTheAnalysis_LeftForTheNextPass()
    {
        var store = await OpenAsync();
        var first = await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", Replaced));
        var analysed = Assert.Single(await store.ReadUnanalyzedAsync(10)).Sequence;
        await store.StoreAsync(Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp và Bỉ", Replaced));

        await store.SaveFactsAsync(first.ArticleId, analysed, StoredFacts.Write(Pipeline.Text.Facts.ArticleFacts.Empty));

        Assert.Single(await store.ReadUnanalyzedAsync(10));
        Assert.Null(await target.ScalarAsync("SELECT facts_seq FROM article_trend"));
        Assert.Equal((1, 2L), await store.CountAsync());
    }

    [StoreFact]
    public async Task StoreAsync_SameTextUnderManyAddressesAtOnce_StoredOnceOthersDuplicates()
    {
        var store = await OpenAsync();
        // Syndicated copies crawled on other hosts at the same moment, as parallel hosts or other nodes do.
        var copies = Enumerable.Range(0, 8)
            .Select(i => Crawled("Hải Phòng đón đoàn chuyên gia tim mạch Pháp", Replaced, new Uri($"https://baoyte{i}.example/hop-tac/bai-1.htm")))
            .ToList();

        var results = await Task.WhenAll(copies.Select(c => Task.Run(() => store.StoreAsync(c))));

        Assert.Equal(StoreOutcome.New, Assert.Single(results, r => r.Outcome != StoreOutcome.Duplicate).Outcome);
        Assert.Equal(1, (await store.CountAsync()).Item1);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await target.DisposeAsync();

    private static CrawledArticle Crawled(string title, CharsetDecision? decision) => Crawled(title, decision, Url);

    private static CrawledArticle Crawled(string title, CharsetDecision? decision, Uri url)
    {
        var html = $"""
            <!DOCTYPE html><html lang="vi"><head><title>{title}</title>
            <meta property="article:published_time" content="2025-06-30T08:00:00+07:00"></head>
            <body><article><h1>{title}</h1><div class="content">
            <p>Sáng 30-6, Bệnh viện Việt Tiệp tiếp đón đoàn chuyên gia đến trao đổi kỹ thuật can thiệp tim mạch cho trẻ em.</p>
            <p>Hai bên thống nhất tổ chức thêm ba đợt phẫu thuật chung trong năm nay.</p></div></article></body></html>
            """;
        var article = new ArticleExtractor().Extract(html, url);
        Assert.True(article.IsArticle, article.Reason);
        var fetch = new FetchResult(url, url, HttpStatusCode.OK, "text/html", html, decision?.Used, html.Length, false, null) { CharsetDecision = decision };
        return new CrawledArticle("test", article, fetch, new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero), CrawlRunner.ContentHash(article));
    }

    private async Task<IArticleStore> OpenAsync() => (await target.OpenAsync(clock)).Articles;
}
