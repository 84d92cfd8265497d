using System.Net;
using System.Text.Json;
using Pipeline.Tests.Fixtures;
using Pipeline.Web.Endpoints;

namespace Pipeline.Tests.Web.Endpoints;

/// <summary>The archived copy as crawled: linked from the article page and its JSON, served sandboxed by record id.</summary>
[Collection(WebTests.Name)]
public sealed class ArchiveEndpointsTests(WebFixture fixture)
{
    private const string HostilePage = """
        <!DOCTYPE html><html lang="vi"><head><meta charset="windows-1258"><title>Bản tin y tế</title>
        <link rel="stylesheet" href="https://cdn.example.net/site.css"><script src="https://cdn.example.net/track.js"></script></head>
        <body><h1>Hợp tác đào tạo bác sĩ với Hàn Quốc</h1><script>document.body.dataset.ran = "1";</script>
        <img src="https://cdn.example.net/anh.jpg" alt="ảnh"></body></html>
        """;

    [Fact]
    public async Task ArticleJson_CrawledArticle_ExposesPermalinkOfItsCopy()
    {
        var (id, copy) = await FirstArticleCopyAsync();

        Assert.Matches("^/archive/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", copy.GetProperty("url").GetString());
        Assert.Equal(copy.GetProperty("url").GetString(), "/archive/" + copy.GetProperty("recordId").GetString());
        Assert.StartsWith("http://127.0.0.1:", copy.GetProperty("originalUrl").GetString(), StringComparison.Ordinal);
        var html = await fixture.Client.GetStringAsync(new Uri("/articles/" + id, UriKind.Relative));
        Assert.Contains($"class=\"archived-copy\" href=\"{copy.GetProperty("url").GetString()}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permalink_CrawledArticle_ShowsBannerWithCrawlTimeAndOriginalAroundSandboxedFrame()
    {
        var (_, copy) = await FirstArticleCopyAsync();
        var permalink = copy.GetProperty("url").GetString()!;

        using var response = await fixture.Client.GetAsync(new Uri(permalink, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bản lưu trữ", html, StringComparison.Ordinal);
        Assert.Contains(copy.GetProperty("originalUrl").GetString()!, html, StringComparison.Ordinal);
        Assert.Contains($"datetime=\"{copy.GetProperty("crawledAt").GetDateTimeOffset().UtcDateTime:yyyy-MM-dd'T'HH:mm:ss}Z\"", html, StringComparison.Ordinal);
        Assert.Contains($"<iframe class=\"archived-frame\" sandbox src=\"{permalink}/raw\"", html, StringComparison.Ordinal);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_CrawledArticle_IsThePageAsCrawledUnderSandboxPolicy()
    {
        var (id, copy) = await FirstArticleCopyAsync();
        using var article = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri("/api/articles/" + id, UriKind.Relative)));

        using var response = await fixture.Client.GetAsync(new Uri(copy.GetProperty("url").GetString() + "/raw", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<meta property=\"og:site_name\" content=\"Tin Lưu Trữ\">", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(article.RootElement.GetProperty("title").GetString()!), html, StringComparison.Ordinal);
        AssertSandboxed(response);
    }

    [Fact]
    public async Task Raw_HostileWindows1258Page_IsServedAsUtf8UnderSandboxWithItsScriptsInert()
    {
        await using var archive = await HostileCopyArchive.CreateAsync(new Uri("https://bao.example.vn/tin/hop-tac.htm"), HostilePage, "windows-1258");
        using var client = new HttpClient { BaseAddress = archive.BaseUri };

        using var response = await client.GetAsync(new Uri($"/archive/{archive.RecordId}/raw", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        Assert.Contains("Hợp tác đào tạo bác sĩ với Hàn Quốc", html.Normalize(System.Text.NormalizationForm.FormC), StringComparison.Ordinal);
        AssertSandboxed(response);
    }

    [Fact]
    public async Task Permalink_WarcFileGone_AnswersNotFoundPage()
    {
        await using var archive = await HostileCopyArchive.CreateAsync(new Uri("https://bao.example.vn/tin/hop-tac.htm"), HostilePage);
        using var client = new HttpClient { BaseAddress = archive.BaseUri };
        using (var before = await client.GetAsync(new Uri($"/archive/{archive.RecordId}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        File.Delete(archive.WarcFile);

        foreach (var path in new[] { $"/archive/{archive.RecordId}", $"/archive/{archive.RecordId}/raw" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("Không tìm thấy bản lưu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/archive/00000000-0000-0000-0000-000000000001")]
    [InlineData("/archive/not-a-record")]
    [InlineData("/archive/not-a-record/raw")]
    public async Task Permalink_UnknownRecord_AnswersNotFoundPage(string path)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy bản lưu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static void AssertSandboxed(HttpResponseMessage response)
    {
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(ArchiveEndpoints.RawContentSecurityPolicy, policy);
        Assert.StartsWith("sandbox;", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("img-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("allow-scripts", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    private async Task<(string Id, JsonElement Copy)> FirstArticleCopyAsync()
    {
        using var search = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri("/api/search?q=JICA&limit=1", UriKind.Relative)));
        var id = search.RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;
        using var article = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri("/api/articles/" + id, UriKind.Relative)));
        var copy = article.RootElement.GetProperty("archivedCopy");
        Assert.Equal(JsonValueKind.Object, copy.ValueKind);
        return (id, copy.Clone());
    }
}
