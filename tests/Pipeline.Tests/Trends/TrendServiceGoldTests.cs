using Pipeline.Analysis.Trends;

namespace Pipeline.Tests.Trends;

/// <summary>
/// Trends on the gold corpus against figures counted by hand from the annotated files in data/demo-site/articles: the
/// "published", "cooperation" and "topics" headers and the partner, party and count lines (see each test).
/// </summary>
public sealed class TrendServiceGoldTests(GoldTrendFixture fixture) : IClassFixture<GoldTrendFixture>
{
    [Fact]
    public async Task SeriesAsync_ByOutletPerYear_ArticlesAndCooperationShareFromHeaders()
    {
        // Years of the "published" headers: 2023: 45, 2024: 48, 2025: 46, 2026: 25 (164 in all); of those with
        // "cooperation: true": 35, 34, 30 and 15.
        var series = await fixture.Service().SeriesAsync(TrendDimension.Outlet, TrendInterval.Year, TrendFilter.All, 10);

        Assert.Equal(["2023", "2024", "2025", "2026"], series.Periods.Select(p => p.Key));
        Assert.Equal([45, 48, 46, 25], series.Periods.Select(p => p.Articles));
        Assert.Equal([35, 34, 30, 15], series.Periods.Select(p => p.CooperationArticles));
        Assert.Equal(Math.Round(34.0 / 48, 4), series.Periods[1].CooperationShare);
        Assert.Equal(new DateOnly(2024, 12, 31), series.Periods[1].End);
        // Every article has one outlet: the four outlets' lines add up to the totals, interval by interval.
        Assert.Equal(4, series.Lines.Count);
        Assert.Equal(series.Periods.Select(p => p.Articles), Enumerable.Range(0, 4).Select(i => series.Lines.Sum(l => l.Articles[i])));
    }

    [Fact]
    public async Task SeriesAsync_ByTopic_TrainingCapacityPerYearWithVietnameseName()
    {
        // Articles whose "topics" header lists training-capacity: 70, of them 21 in 2023, 23 in 2024, 17 in 2025, 9 in
        // 2026; "other" is on the 50 articles with "cooperation: false" and on none about cooperation.
        var service = fixture.Service();
        var series = await service.SeriesAsync(TrendDimension.Topic, TrendInterval.Year, TrendFilter.All, 10);
        var cooperation = await service.SeriesAsync(TrendDimension.Topic, TrendInterval.Year, TrendFilter.All with { CooperationOnly = true }, 10);

        var training = series.Lines[0];
        Assert.Equal("training-capacity", training.Key);
        Assert.Equal("Đào tạo, nâng cao năng lực", training.Label);
        Assert.Equal(70, training.Total);
        Assert.Equal([21, 23, 17, 9], training.Articles);
        Assert.Equal(50, Assert.Single(series.Lines, l => l.Key == "other").Total);
        Assert.Equal("Khác", Assert.Single(series.Lines, l => l.Key == "other").Label);
        Assert.DoesNotContain(cooperation.Lines, l => l.Key == "other");
        Assert.Equal(114, cooperation.Periods.Sum(p => p.Articles));
    }

    [Fact]
    public async Task SeriesAsync_OneYearByMonth_TwelveIntervalsHoldingThatYear()
    {
        var filter = new TrendFilter(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

        var series = await fixture.Service().SeriesAsync(TrendDimension.Country, TrendInterval.Month, filter, 3);

        Assert.Equal(12, series.Periods.Count);
        Assert.Equal("2024-01", series.Periods[0].Key);
        Assert.Equal(48, series.Periods.Sum(p => p.Articles));
        Assert.Equal(3, series.Lines.Count);
        Assert.True(series.OmittedValues > 0);
    }

    [Fact]
    public async Task PartnersAsync_Gold_TopPartnersWithFirstLastCountriesTopicsAndParties()
    {
        // Partner lines by key: who in 7 articles (007 ... 625, 2023-01-12 to 2026-10-06), unicef in 6, then au, charite,
        // the embassies of Australia and Japan, jica and koica in 3 each (ties by key). jica: 001 (2023-01-12), 101 and 121
        // (2025-10-29), all "cc=JP"; its articles' topics: training-capacity 2, clinical-treatment 2, foreign-aid-funding 2,
        // research 1, infrastructure 1; the parties beside it: bo-y-te in 2 articles, five others in 1 (vn among them).
        var partners = await fixture.Service().PartnersAsync(TrendFilter.All, 8);

        Assert.Equal(["who", "unicef", "au", "charite", "embassy-of-australia-in-vietnam", "embassy-of-japan-in-vietnam", "jica", "koica"], partners.Select(p => p.Key));
        Assert.Equal([7, 6, 3, 3, 3, 3, 3, 3], partners.Select(p => p.Articles));
        var who = partners[0];
        Assert.Equal((new DateOnly(2023, 1, 12), new DateOnly(2026, 10, 6)), (who.FirstSeen, who.LastSeen));
        Assert.Empty(who.Countries);
        var jica = partners[6];
        Assert.Equal((new DateOnly(2023, 1, 12), new DateOnly(2025, 10, 29)), (jica.FirstSeen, jica.LastSeen));
        Assert.Equal(("JP", "Nhật Bản", 3), (jica.Countries.Single().Key, jica.Countries.Single().Label, jica.Countries.Single().Articles));
        Assert.Equal(
            ["clinical-treatment:2", "foreign-aid-funding:2", "training-capacity:2", "infrastructure-equipment:1", "research-expert-exchange:1"],
            jica.Topics.Select(t => $"{t.Key}:{t.Articles}"));
        Assert.Equal(("bo-y-te", 2), (jica.Parties[0].Key, jica.Parties[0].Articles));
        Assert.Equal(6, jica.Parties.Count);
    }

    [Fact]
    public async Task CountryTopicsAsync_Gold_CountriesByArticlesAndKoreaByTopic()
    {
        // Distinct articles with a partner of each "cc=": JP 14, US 11, AU 10, DE 8, KR 8 (34 countries in all). The 8
        // KR articles' topics: training-capacity 6, foreign-aid-funding 5, clinical-treatment 4, infrastructure 3,
        // digital-health 2, research 1, disease-prevention 1.
        var matrix = await fixture.Service().CountryTopicsAsync(TrendFilter.All, 5);

        Assert.Equal(["JP", "US", "AU", "DE", "KR"], matrix.Countries.Select(c => c.Key));
        Assert.Equal([14, 11, 10, 8, 8], matrix.Countries.Select(c => c.Articles));
        Assert.Equal("Hàn Quốc", matrix.Countries[4].Label);
        Assert.Equal(29, matrix.OmittedCountries);
        var korea = matrix.Cells.Where(c => c.CountryCode == "KR").ToDictionary(c => c.Topic, c => c.Articles);
        Assert.Equal(6, korea["training-capacity"]);
        Assert.Equal(5, korea["foreign-aid-funding"]);
        Assert.Equal(1, korea["disease-prevention-vaccines"]);
        Assert.Equal(7, korea.Count);
    }

    [Fact]
    public async Task CountsAsync_Gold_SumsByKindFromCountLines()
    {
        // Count lines by noun: "dự án..." 6 lines (100 + 17 + 6 + 70 + 2 + 20 = 215); "đoàn..." 10 lines (14 + 3 + 30 + 3 +
        // 7 + 2 + 12 + 6 + 2 + 56 = 135); currency=JPY 4 lines (430,000,000 + 48,000,000 + 9,500,000 + 24,600,000,000).
        var summary = await fixture.Service().CountsAsync(TrendFilter.All, TrendInterval.Year, listFigures: true);

        var totals = summary.Totals.ToDictionary(t => (t.Kind, t.Currency));
        Assert.Equal((215m, 6, 6), (totals[(CountKinds.Project, null)].Sum, totals[(CountKinds.Project, null)].Figures, totals[(CountKinds.Project, null)].Reports));
        Assert.Equal((135m, 10), (totals[(CountKinds.Delegation, null)].Sum, totals[(CountKinds.Delegation, null)].Figures));
        Assert.Equal((25_087_500_000m, 4), (totals[(CountKinds.Money, "JPY")].Sum, totals[(CountKinds.Money, "JPY")].Figures));
        Assert.Equal(CountKinds.Project, summary.Totals[0].Kind);
        Assert.Equal(215m, summary.Periods.Where(p => p.Kind == CountKinds.Project).Sum(p => p.Sum));
        Assert.All(summary.Figures, f => Assert.Single(f.ArticleIds));
        Assert.Equal("24,6 tỷ yên", summary.Figures.Single(f => f.Currency == "JPY" && f.Value == 24_600_000_000m).Span);
    }

    [Fact]
    public async Task CountsAsync_SyndicatedCopies_CountedOnceWithTheirArticlesListed()
    {
        // The copies repeat every count of 325, 321, 005, 617 and 107. GBP lines: 2,400,000 (305) and 1,800,000 (321):
        // with the copy of 321 three reports, still two figures and 4,200,000; EUR: 26 lines, the copy of 325 adds one.
        var gold = await fixture.Service().CountsAsync(TrendFilter.All, TrendInterval.Year);
        var copies = await fixture.Service(withCopies: true).CountsAsync(TrendFilter.All, TrendInterval.Year, listFigures: true);

        Assert.Equal(gold.Totals.Select(t => (t.Kind, t.Currency, t.Sum, t.Figures)), copies.Totals.Select(t => (t.Kind, t.Currency, t.Sum, t.Figures)));
        var gbp = copies.Totals.Single(t => t.Currency == "GBP");
        Assert.Equal((4_200_000m, 2, 3, 3), (gbp.Sum, gbp.Figures, gbp.Reports, gbp.Articles));
        Assert.Equal(27, copies.Totals.Single(t => t.Currency == "EUR").Reports);
        var original = fixture.Syndicated.Single(g => g.Source.Slug == "chinh-phu-anh-tai-tro-mang-luoi-giam-sat-khang-khang-sinh");
        var figure = copies.Figures.Single(f => f.Currency == "GBP" && f.Value == 1_800_000m);
        Assert.Equal([GoldTrendFixture.IdOf(original), GoldTrendFixture.CopyIdOf(original)], figure.ArticleIds);
        Assert.Equal(DateOnly.FromDateTime(original.Source.Published.DateTime), figure.FirstDay);
    }

    [Fact]
    public async Task NetworkAsync_Gold_NodesAndEdgesFromPartnerAndPartyLines()
    {
        // Distinct (partner|party, key) over the annotation lines: 209; distinct pairs named in one article: 423; unicef and
        // bo-y-te together in 5 articles (004, 105, 503, 522, 625), jica and bo-y-te in 2 (101, 121: foreign-aid-funding on 121);
        // Vietnam itself (vn) is the party named in the most articles (29), then bo-y-te (24).
        var network = await fixture.Service().NetworkAsync(TrendFilter.All);

        Assert.Equal(209, network.Nodes.Count);
        Assert.Equal(423, network.Edges.Count);
        var jica = network.Nodes.Single(n => n.Id == "partner:jica");
        Assert.Equal((TrendActor.Partner, "org", "JP", "Nhật Bản", 3), (jica.Role, jica.Kind, jica.CountryCode, jica.Country, jica.Articles));
        Assert.Equal(("Việt Nam", TrendActor.Party, "VN", 29), (network.Nodes[0].Label, network.Nodes[0].Role, network.Nodes[0].CountryCode, network.Nodes[0].Articles));
        Assert.Equal(5, network.Edges.Single(e => e.Source == "partner:unicef" && e.Target == "party:bo-y-te").Weight);
        var jicaMinistry = network.Edges.Single(e => e.Source == "partner:jica" && e.Target == "party:bo-y-te");
        Assert.Equal(2, jicaMinistry.Weight);
        Assert.Contains("foreign-aid-funding", jicaMinistry.Topics);
    }
}
