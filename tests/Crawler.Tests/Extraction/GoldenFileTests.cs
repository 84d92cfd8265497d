using System.Text.Json;
using Pipeline.Crawler.Extraction;
using Pipeline.TestSupport;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Crawler.Tests.Extraction;

/// <summary>One case per outlet layout and per tricky structure: Golden/&lt;case&gt;/source.html next to expected.json.</summary>
public sealed class GoldenFileTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Golden");

    public static TheoryData<string> Cases() => FixtureCases.In("Golden");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_GoldenPage_MatchesExpectedRecord(string name)
    {
        var directory = Path.Combine(Root, name);
        var (html, _) = CharsetDecoder.Decode(File.ReadAllBytes(Path.Combine(directory, "source.html")), null);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "expected.json")));
        var e = expected.RootElement;

        var article = new ArticleExtractor().Extract(html, new Uri("https://tin.example.vn/bai.htm"));

        Assert.Equal(e.GetProperty("isArticle").GetBoolean(), article.IsArticle);
        Assert.Equal(e.GetProperty("title").GetString(), article.Title);

        // Listing pages state only what they are; their "lead" and "text" are teasers, not worth pinning down.
        if (e.TryGetProperty("reason", out var reason))
        {
            Assert.Equal(reason.GetString(), article.Reason);
        }

        if (e.TryGetProperty("lead", out var lead))
        {
            Assert.Equal(lead.GetString(), article.Lead);
        }

        if (e.TryGetProperty("published", out var published))
        {
            Assert.Equal(published.GetString(), article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (e.TryGetProperty("authors", out var authors))
        {
            Assert.Equal(authors.EnumerateArray().Select(a => a.GetString()), article.Authors);
        }

        if (e.TryGetProperty("text", out var text))
        {
            Assert.Equal(text.GetString(), article.Text);
        }
    }

    [Fact]
    public void Cases_CoverEveryOutletLayout()
    {
        Assert.Superset(new HashSet<string> { "nhipsongyte", "suckhoecongdong", "thoibaoyhoc", "hoptacyte" }, Directory.GetDirectories(Root).Select(Path.GetFileName).ToHashSet()!);
    }

    [Fact]
    public void Cases_CoverEveryListingKind()
    {
        Assert.Superset(new HashSet<string> { "homepage-og-article", "section-page", "tag-page", "section-h1-article" }, Directory.GetDirectories(Root).Select(Path.GetFileName).ToHashSet()!);
    }
}
