using Microsoft.Extensions.Time.Testing;
using Pipeline.Analysis.Trends;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Contracts;

/// <summary>Trend reads in a real database of each provider: every grouped read over the same four articles gives the same rows.</summary>
public abstract class TrendStoreContract(StoreTarget target) : IAsyncLifetime
{
    private static readonly string First = TrendArticles.Id(TrendArticles.First);
    private static readonly string Second = TrendArticles.Id(TrendArticles.Second);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));

    [StoreFact]
    public async Task MonthTotalsAsync_AllArticles_DatedOnesPerMonthWithTheirCooperationCount()
    {
        var trends = await ImportAsync();

        var months = await trends.MonthTotalsAsync(TrendFilter.All);

        Assert.Equal([new MonthTotal("2025-03", 2, 2), new MonthTotal("2025-05", 1, 0)], months.OrderBy(m => m.Month, StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task MonthTotalsAsync_Bounds_DaysOutsideLeftOut()
    {
        var trends = await ImportAsync();

        var from = await trends.MonthTotalsAsync(new TrendFilter(From: new DateOnly(2025, 3, 20)));
        var to = await trends.MonthTotalsAsync(new TrendFilter(To: new DateOnly(2025, 3, 10)));
        var cooperation = await trends.MonthTotalsAsync(new TrendFilter(CooperationOnly: true));

        Assert.Equal([new MonthTotal("2025-03", 1, 1), new MonthTotal("2025-05", 1, 0)], from.OrderBy(m => m.Month, StringComparer.Ordinal));
        Assert.Equal([new MonthTotal("2025-03", 1, 1)], to);
        Assert.Equal([new MonthTotal("2025-03", 2, 2)], cooperation);
    }

    [StoreFact]
    public async Task MonthTotalsAsync_TopicOrCountry_OnlyArticlesWithIt()
    {
        var trends = await ImportAsync();

        var topic = await trends.MonthTotalsAsync(new TrendFilter(Topic: "digital-health"));
        var country = await trends.MonthTotalsAsync(new TrendFilter(CountryCode: "KR"));
        var both = await trends.MonthTotalsAsync(new TrendFilter(Topic: "digital-health", CountryCode: "KR"));

        Assert.Equal([new MonthTotal("2025-03", 1, 1), new MonthTotal("2025-05", 1, 0)], topic.OrderBy(m => m.Month, StringComparer.Ordinal));
        Assert.Equal([new MonthTotal("2025-03", 1, 1)], country);
        Assert.Empty(both);
    }

    [StoreFact]
    public async Task PairsAsync_CountryFilter_KeepsEveryParticipantOfItsArticles()
    {
        var trends = await ImportAsync();

        var pairs = await trends.PairsAsync(new TrendFilter(CountryCode: "KR"));

        Assert.Equal(
            ["partner jica partner koica 1", "partner jica party bo-y-te 1", "partner koica party bo-y-te 1"],
            pairs.Select(Pair).Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task ActorArticlesAsync_OnePartner_ItsDatedArticlesNewestFirst()
    {
        var trends = await ImportAsync();

        var all = await trends.ActorArticlesAsync(TrendFilter.All, TrendActor.Partner, "jica", 10);
        var one = await trends.ActorArticlesAsync(TrendFilter.All, TrendActor.Partner, "jica", 1);
        var topic = await trends.ActorArticlesAsync(new TrendFilter(Topic: "digital-health"), TrendActor.Partner, "jica", 10);

        Assert.Equal([Second, First], all.Select(a => a.Id));
        Assert.Equal("Hàn Quốc và Nhật Bản cử bác sĩ sang hỗ trợ bệnh viện tuyến tỉnh", all[0].Title);
        Assert.Equal(TrendArticles.Second.AbsoluteUri, all[0].Url);
        Assert.Equal(new DateTimeOffset(2025, 3, 25, 2, 30, 0, TimeSpan.Zero), all[0].Published);
        Assert.Equal([Second], one.Select(a => a.Id));
        Assert.Equal([First], topic.Select(a => a.Id));
    }

    [StoreTheory]
    [InlineData(TrendDimension.Topic, "2025-03 digital-health 1|2025-03 training 2|2025-05 digital-health 1")]
    [InlineData(TrendDimension.Country, "2025-03 JP 2|2025-03 KR 1")]
    [InlineData(TrendDimension.Outlet, "2025-03 Báo Y tế 1|2025-03 Sức khỏe 1|2025-05 Báo Y tế 1")]
    public async Task MonthValuesAsync_Dimension_ArticlesPerMonthAndValue(TrendDimension dimension, string expected)
    {
        var trends = await ImportAsync();

        var values = await trends.MonthValuesAsync(dimension, TrendFilter.All);

        Assert.Equal(expected, string.Join('|', values.Select(v => $"{v.Month} {v.Key} {v.Articles}").Order(StringComparer.Ordinal)));
    }

    [StoreFact]
    public async Task MonthValuesAsync_PartnerUnderTwoNames_OneRowPerName()
    {
        var trends = await ImportAsync();

        var values = await trends.MonthValuesAsync(TrendDimension.Partner, TrendFilter.All);

        Assert.Equal(
            ["jica Cơ quan Hợp tác Quốc tế Nhật Bản 1", "jica JICA 1", "koica KOICA 1"],
            values.Select(v => $"{v.Key} {v.Name} {v.Articles}").Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task ActorsAsync_AllArticles_MentionsWithFirstAndLastDay()
    {
        var trends = await ImportAsync();

        var actors = await trends.ActorsAsync(TrendFilter.All);

        var ministry = Assert.Single(actors, a => a.Key == "bo-y-te");
        Assert.Equal((TrendActor.Party, 2, new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 25)), (ministry.Role, ministry.Articles, ministry.First, ministry.Last));
        Assert.Equal(2, actors.Where(a => a.Key == "jica").Sum(a => a.Articles));
        Assert.Equal(("KR", "Hàn Quốc"), actors.Where(a => a.Key == "koica").Select(a => (a.CountryCode, a.Country)).Single());
        Assert.Equal(4, actors.Select(a => a.Key).Distinct().Count());
    }

    [StoreFact]
    public async Task ActorTopicsAsync_OnePartner_ItsArticlesPerLabel()
    {
        var trends = await ImportAsync();

        var rows = await trends.ActorTopicsAsync(TrendFilter.All, TrendActor.Partner, ["jica"]);

        Assert.Equal(["digital-health 1", "training 2"], rows.Select(r => $"{r.Label} {r.Articles}").Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task CountryTopicsAsync_AllArticles_PartnerCountriesCrossedWithLabels()
    {
        var trends = await ImportAsync();

        var rows = await trends.CountryTopicsAsync(TrendFilter.All);

        Assert.Equal(["JP digital-health 1", "JP training 2", "KR training 1"], rows.Select(r => $"{r.CountryCode} {r.Label} {r.Articles}").Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task PairsAsync_AllArticles_EachPairOnceInByteOrder()
    {
        var trends = await ImportAsync();

        var all = await trends.PairsAsync(TrendFilter.All);
        var koica = await trends.PairsAsync(TrendFilter.All, TrendActor.Partner, ["koica"]);

        Assert.Equal(
            ["partner jica partner koica 1", "partner jica party bo-y-te 2", "partner koica party bo-y-te 1"],
            all.Select(Pair).Order(StringComparer.Ordinal));
        Assert.Equal(["partner koica party bo-y-te 1"], koica.Select(Pair));
    }

    [StoreFact]
    public async Task PairTopicsAsync_AllArticles_PairsPerLabel()
    {
        var trends = await ImportAsync();

        var rows = await trends.PairTopicsAsync(TrendFilter.All);

        Assert.Contains(rows, r => r.KeyA == "jica" && r.KeyB == "bo-y-te" && r.Label == "training" && r.Articles == 2);
        Assert.Equal(4, rows.Count);
    }

    [StoreFact]
    public async Task CountReportsAsync_SummedKinds_ExactAmountsWithTheirArticles()
    {
        var trends = await ImportAsync();

        var reports = await trends.CountReportsAsync(TrendFilter.All);

        Assert.Equal(
            [(CountKinds.Money, 500000m, First), (CountKinds.Money, 2500000.5m, Second), (CountKinds.People, 12m, Second), (CountKinds.Project, 3m, First)],
            reports.Select(r => (r.Kind, r.Value, r.ArticleId)).OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Value));
        Assert.Equal("USD", reports.First(r => r.Kind == CountKinds.Money).Currency);
    }

    [StoreFact]
    public async Task CountWordingsAsync_OneCount_ItsNoun()
    {
        var trends = await ImportAsync();

        var wordings = await trends.CountWordingsAsync([(First, 0), (Second, 1)]);

        Assert.Equal([(First, "dự án"), (Second, "USD")], wordings.Select(w => (w.ArticleId, w.Noun)).OrderBy(w => w.ArticleId == First ? 0 : 1));
    }

    [StoreFact]
    public async Task ArticlesAsync_Ids_TitlesAddressesAndOutlets()
    {
        var trends = await ImportAsync();

        var articles = await trends.ArticlesAsync([First, "missing"]);

        var article = Assert.Single(articles);
        Assert.Equal((TrendArticles.First.AbsoluteUri, TrendArticles.OutletA), (article.Url, article.Outlet));
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.FromHours(7)), article.Published);
    }

    [StoreFact]
    public async Task CatchUpAsync_TrendRowsMissing_RebuiltFromTheFacts()
    {
        var expected = await (await ImportAsync()).ActorsAsync(TrendFilter.All);
        foreach (var table in new[] { "article_trend", "article_topics", "article_partners", "article_counts", "article_country_topics" })
        {
            await target.ScalarAsync($"DELETE FROM {table}");
        }

        var trends = (await target.OpenAsync(clock, create: false)).NewTrends();
        var rebuilt = await trends.ActorsAsync(TrendFilter.All);

        Assert.Equal(expected.OrderBy(a => a.Role + a.Key + a.Name, StringComparer.Ordinal), rebuilt.OrderBy(a => a.Role + a.Key + a.Name, StringComparer.Ordinal));
        Assert.Equal(0, trends.Unreadable);
        Assert.Equal(0, await (await target.OpenAsync(clock, create: false)).NewTrends().CatchUpAsync());
    }

    [StoreFact]
    public async Task CatchUpAsync_UnreadableFacts_ArticleLeftOutAndCounted()
    {
        await ImportAsync();
        await target.ScalarAsync($"UPDATE articles SET facts = '{{not json', facts_seq = facts_seq + 100000 WHERE id = '{First}'");

        var trends = (await target.OpenAsync(clock, create: false)).NewTrends();
        var months = await trends.MonthTotalsAsync(TrendFilter.All);

        Assert.Equal([new MonthTotal("2025-03", 1, 1), new MonthTotal("2025-05", 1, 0)], months.OrderBy(m => m.Month, StringComparer.Ordinal));
        Assert.Equal(1, trends.Unreadable);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await target.DisposeAsync();

    private static string Pair(PairRow row) => $"{row.RoleA} {row.KeyA} {row.RoleB} {row.KeyB} {row.Articles}";

    private async Task<ITrendStore> ImportAsync()
    {
        var stores = await target.OpenAsync(clock);
        Assert.Equal((4, 0), await stores.Articles.ImportAsync(TrendArticles.All));
        return stores.NewTrends();
    }
}
