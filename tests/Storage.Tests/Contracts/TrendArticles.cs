using System.Globalization;
using Pipeline.Text.Facts;

namespace Pipeline.Storage.Tests.Contracts;

/// <summary>
/// Four analysed articles for the trend and partner-name contracts: two cooperation articles in March 2025 naming
/// JICA (once under its Vietnamese name) and KOICA with the Ministry of Health, a domestic one in May, and one
/// without a date, which no trend counts.
/// </summary>
internal static class TrendArticles
{
    public static readonly Uri First = new("https://baoyte.example/hop-tac/jica-dao-tao.htm");
    public static readonly Uri Second = new("https://suckhoe.example/tin/koica-bac-si.htm");
    public static readonly Uri Third = new("https://baoyte.example/y-te-so/ha-noi-benh-an.htm");
    public static readonly Uri Undated = new("https://suckhoe.example/tin/khong-ngay.htm");

    public const string OutletA = "Báo Y tế";
    public const string OutletB = "Sức khỏe";

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static IReadOnlyList<ImportedArticle> All { get; } =
    [
        Article(First, OutletA, "JICA hỗ trợ đào tạo điều dưỡng cho ba tỉnh miền núi", new DateTimeOffset(2025, 3, 10, 8, 0, 0, Vietnam), Facts(
            [Partner("JICA", "jica", "Nhật Bản", "JP")],
            [Party("Bộ Y tế", "bo-y-te")],
            [Count(3, "dự án", null), Count(500000m, "USD", "USD")],
            ["digital-health", "training"],
            cooperation: true)),
        Article(Second, OutletB, "Hàn Quốc và Nhật Bản cử bác sĩ sang hỗ trợ bệnh viện tuyến tỉnh", new DateTimeOffset(2025, 3, 25, 9, 30, 0, Vietnam), Facts(
            [Partner("Cơ quan Hợp tác Quốc tế Nhật Bản", "jica", "Nhật Bản", "JP"), Partner("KOICA", "koica", "Hàn Quốc", "KR")],
            [Party("Bộ Y tế", "bo-y-te")],
            [Count(12, "bác sĩ", null), Count(2500000.5m, "USD", "USD")],
            ["training"],
            cooperation: true)),
        Article(Third, OutletA, "Hà Nội mở rộng bệnh án điện tử tới trạm y tế xã", new DateTimeOffset(2025, 5, 2, 7, 0, 0, Vietnam), Facts(
            [],
            [Party("Sở Y tế Hà Nội", "so-y-te-ha-noi")],
            [],
            ["digital-health"],
            cooperation: false)),
        Article(Undated, OutletB, "Bài không ghi ngày đăng", null, Facts(
            [Partner("JICA", "jica", "Nhật Bản", "JP")],
            [],
            [],
            ["training"],
            cooperation: true)),
    ];

    public static string Id(Uri url) => ArticleIds.For(url);

    private static ImportedArticle Article(Uri url, string outlet, string title, DateTimeOffset? published, ArticleFacts facts) =>
        new(url, "test", outlet, title, null, [title + ".", "Các bên thống nhất triển khai trong năm nay."], published, [], facts);

    private static ArticleFacts Facts(PartnerFact[] partners, PartnerFact[] parties, CountFact[] counts, string[] topics, bool cooperation) =>
        new(partners, parties, counts, [], topics.Select(t => new TopicScore(t, 0.8)).ToList(), new CooperationFact(cooperation, cooperation ? 0.9 : 0.1));

    private static PartnerFact Partner(string name, string key, string country, string code) => new(name, key, "agency", country, code, name, 0);

    private static PartnerFact Party(string name, string key) => new(name, key, "ministry", null, null, name, 0);

    private static CountFact Count(decimal value, string noun, string? currency) => new(value, string.Empty, noun, currency, value.ToString(CultureInfo.InvariantCulture) + " " + noun, 0);
}
