using System.Globalization;
using System.Text.Json;
using Pipeline.Crawler.Extraction;
using Pipeline.TestSupport;

namespace Pipeline.Crawler.Tests.Extraction;

/// <summary>One page per byline form and per trust rule: GoldenDates/&lt;case&gt;/source.html next to expected.json
/// (published, dateSource, reason, and the page address when it matters).</summary>
public sealed class PublishedDatePagesTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "GoldenDates");

    public static TheoryData<string> Cases() => FixtureCases.In("GoldenDates");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_DatePage_ChoosesExpectedDateAndSource(string name)
    {
        var directory = Path.Combine(Root, name);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "expected.json")));
        var e = expected.RootElement;
        var url = e.TryGetProperty("url", out var address) ? new Uri(address.GetString()!) : new Uri("https://tin.example.vn/bai.htm");

        var article = new ArticleExtractor().Extract(File.ReadAllText(Path.Combine(directory, "source.html")), url);

        Assert.True(article.IsArticle, article.Reason);
        Assert.Equal(e.GetProperty("published").GetString(), article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        Assert.Equal(e.GetProperty("dateSource").GetString(), article.DateSource?.Published);
        Assert.Equal(e.GetProperty("reason").GetString(), article.DateSource?.Reason);
    }

    [Fact]
    public void Cases_CoverEveryTrustRule()
    {
        var names = Directory.GetDirectories(Root).Select(Path.GetFileName).ToHashSet();

        Assert.Superset(new HashSet<string?> { "conflict-jsonld-offset-vs-byline", "conflict-date-only-meta", "agree-jsonld-iso-with-byline", "jsonld-us-order" }, names);
    }
}
