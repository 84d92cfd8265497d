using System.Net;
using System.Text.Json;
using Pipeline.Tests.Output.Citations;

namespace Pipeline.Tests.Web.Endpoints;

/// <summary>Citation downloads of the web app over the crawled archive: content type, attachment, and a body that parses.</summary>
[Collection(WebTests.Name)]
public sealed class CitationEndpointsTests(WebFixture fixture)
{
    [Fact]
    public async Task ArticleRis_CrawledArticle_IsRisAttachmentWithOutletAndCrawlDate()
    {
        var (id, article) = await FirstArticleAsync();

        using var response = await fixture.Client.GetAsync(new Uri($"/articles/{id}/cite.ris", UriKind.Relative));

        AssertAttachment(response, "application/x-research-info-systems", id + ".ris");
        var record = Assert.Single(RisReader.Parse(await response.Content.ReadAsStringAsync()));
        Assert.Equal("NEWS", record.Single("TY"));
        Assert.Equal(article.GetProperty("title").GetString(), record.Single("TI"));
        Assert.Equal("Tin Lưu Trữ", record.Single("T2"));
        Assert.Equal(article.GetProperty("canonicalUrl").GetString(), record.Single("UR"));
        Assert.Equal(Pipeline.Output.Citations.Citation.Day(article.GetProperty("fetchedAt").GetDateTimeOffset()).ToString("yyyy'/'MM'/'dd'/'", System.Globalization.CultureInfo.InvariantCulture), record.Single("Y2"));
        Assert.Equal("vi", record.Single("LA"));
    }

    [Fact]
    public async Task ArticleBibtex_CrawledArticle_IsBibtexAttachmentThatParses()
    {
        var (id, _) = await FirstArticleAsync();

        using var response = await fixture.Client.GetAsync(new Uri($"/articles/{id}/cite.bib", UriKind.Relative));

        AssertAttachment(response, "application/x-bibtex", id + ".bib");
        var entry = Assert.Single(BibtexReader.Parse(await response.Content.ReadAsStringAsync()));
        Assert.EndsWith(id, entry.Key, StringComparison.Ordinal);
        Assert.Equal("Tin Lưu Trữ", entry.Fields["journal"]);
    }

    [Fact]
    public async Task ArticleCslJson_CrawledArticle_ValidatesAgainstCslSchema()
    {
        var (id, _) = await FirstArticleAsync();

        using var response = await fixture.Client.GetAsync(new Uri($"/articles/{id}/cite.csl.json", UriKind.Relative));

        AssertAttachment(response, "application/vnd.citationstyles.csl+json", id + ".csl.json");
        var json = await response.Content.ReadAsStringAsync();
        Assert.Empty(CslSchema.Validate(json));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(id, Assert.Single(document.RootElement.EnumerateArray().ToList()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task SearchRis_PageOfResults_HasOneRecordPerHitInOrder()
    {
        using var search = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri("/api/search?q=h%E1%BB%A3p+t%C3%A1c&limit=5&page=2", UriKind.Relative)));
        var titles = search.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();

        using var response = await fixture.Client.GetAsync(new Uri("/search.ris?q=h%E1%BB%A3p+t%C3%A1c&limit=5&page=2", UriKind.Relative));

        AssertAttachment(response, "application/x-research-info-systems", "tim-kiem-trang-2.ris");
        var records = RisReader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(5, titles.Count);
        Assert.Equal(titles, records.Select(r => r.Single("TI")).ToList());
    }

    [Fact]
    public async Task SearchCslJson_PageOfResults_ValidatesAgainstCslSchema()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/search.csl.json?q=JICA", UriKind.Relative));

        AssertAttachment(response, "application/vnd.citationstyles.csl+json", "tim-kiem-trang-1.csl.json");
        var json = await response.Content.ReadAsStringAsync();
        Assert.Empty(CslSchema.Validate(json));
        using var document = JsonDocument.Parse(json);
        Assert.True(document.RootElement.GetArrayLength() > 0);
    }

    [Fact]
    public async Task SearchPage_Results_LinksEachHitAndThePageToTheirCitations()
    {
        var html = await fixture.Client.GetStringAsync(new Uri("/?q=JICA&limit=20", UriKind.Relative));

        Assert.Contains("href=\"/search.ris?q=JICA&amp;limit=20\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search.bib?q=JICA&amp;limit=20\"", html, StringComparison.Ordinal);
        var hits = html.Split("<li class=\"hit\"").Skip(1).ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Matches("href=\"/articles/[0-9a-f]+/cite\\.csl\\.json\"", hit));
    }

    [Fact]
    public async Task ArticleRis_UnknownArticle_AnswersNotFound()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/articles/0000000000000000/cite.ris", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task SearchBibtex_BadLimit_AnswersBadRequest()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/search.bib?q=JICA&limit=5000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static void AssertAttachment(HttpResponseMessage response, string mediaType, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(fileName, disposition.FileNameStar ?? disposition.FileName);
    }

    private async Task<(string Id, JsonElement Article)> FirstArticleAsync()
    {
        using var search = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri("/api/search?q=JICA&limit=1", UriKind.Relative)));
        var id = search.RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;
        using var article = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri("/api/articles/" + id, UriKind.Relative)));
        return (id, article.RootElement.Clone());
    }
}
