using System.Text.Json;
using Pipeline.Tests.Output.Citations;

namespace Pipeline.Tests.Web;

/// <summary>A researcher downloads citations from an article page and from a page of results in Chromium; each file parses.</summary>
[Collection(WebTests.Name)]
[Trait("Category", "Slow")]
public sealed class CitationBrowserTests(WebFixture web, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ArticlePage_DownloadEachFormat_FilesParseAndNameTheArticle()
    {
        using var hits = JsonDocument.Parse(await web.Client.GetStringAsync(new Uri("/api/search?q=h%E1%BB%A3p+t%C3%A1c&limit=1", UriKind.Relative)));
        var hit = hits.RootElement.GetProperty("hits")[0];
        var id = hit.GetProperty("id").GetString()!;
        var title = hit.GetProperty("title").GetString()!;
        var page = await browser.NewPageAsync();
        await BrowserFixture.GotoAsync(page, new Uri(web.BaseUri, $"/articles/{id}").AbsoluteUri);

        var ris = await DownloadAsync(page, ".cite a[data-format=RIS]");
        var bibtex = await DownloadAsync(page, ".cite a[data-format=BibTeX]");
        var csl = await DownloadAsync(page, ".cite a[data-format=CSL-JSON]");

        Assert.Equal(title, Assert.Single(RisReader.Parse(ris)).Single("TI"));
        Assert.EndsWith(id, Assert.Single(BibtexReader.Parse(bibtex)).Key, StringComparison.Ordinal);
        Assert.Empty(CslSchema.Validate(csl));
        using (var document = JsonDocument.Parse(csl))
        {
            Assert.Equal(title, Assert.Single(document.RootElement.EnumerateArray().ToList()).GetProperty("title").GetString());
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ResultsPage_DownloadRis_OneRecordPerHitShown()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.GotoAsync(page, new Uri(web.BaseUri, "/?q=h%E1%BB%A3p+t%C3%A1c").AbsoluteUri);
        var shown = await page.Locator(".hit").CountAsync();

        // The first citation links of the results page cite the page; each hit has its own after them.
        var ris = await DownloadAsync(page, ".cite a[data-format=RIS]");

        Assert.True(shown > 0);
        Assert.Equal(shown, RisReader.Parse(ris).Count);
        await page.Context.CloseAsync();
    }

    private static async Task<string> DownloadAsync(Microsoft.Playwright.IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(selector).First.ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllTextAsync(path);
    }
}
