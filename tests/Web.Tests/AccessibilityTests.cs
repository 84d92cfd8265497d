using System.Text.Json;

namespace Pipeline.Tests.Web;

/// <summary>
/// axe-core finds no serious or critical violation on any page of the app, in Debian's Chromium under the pages'
/// real Content-Security-Policy; each page's screenshot is kept in TestResults/screenshots/pages.
/// </summary>
[Collection(WebTests.Name)]
[Trait("Category", "Slow")]
public sealed class AccessibilityTests(WebFixture web, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("search-empty", "/")]
    [InlineData("search", "/?q=h%E1%BB%A3p+t%C3%A1c")]
    [InlineData("trends", "/trends")]
    [InlineData("trends-country-quarter-bars", "/trends?by=country&interval=quarter&chart=bars&hide=JP")]
    [InlineData("trends-outlet-lines-cooperation", "/trends?by=outlet&interval=month&chart=lines&cooperation=1&top=3")]
    [InlineData("trends-partner-year", "/trends?by=partner&interval=year&from=2020-01-01")]
    [InlineData("network", "/network")]
    [InlineData("map", "/map")]
    [InlineData("status", "/status")]
    [InlineData("api", "/api")]
    [InlineData("article", "article")]
    [InlineData("archived-copy", "archive")]
    public async Task Page_Axe_NoSeriousOrCriticalViolationAndNothingLoadedFromElsewhere(string name, string path)
    {
        var page = await browser.NewPageAsync();
        var requested = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Request += (_, request) => requested.Enqueue(request.Url);
        await BrowserFixture.GotoAsync(page, new Uri(web.BaseUri, await ResolveAsync(path)).AbsoluteUri);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        // The network and the map are drawn after their data comes: check (and show) the page as drawn.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-api]')].every(e => e.dataset.ready || e.dataset.error)");

        // Every script, style, data file and image comes from the app (the archived copy's frame included).
        var origin = web.BaseUri.GetLeftPart(UriPartial.Authority);
        Assert.All(requested, url => Assert.True(url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
        var violations = await Axe.SeriousViolationsAsync(page);

        await BrowserFixture.ScreenshotAsync(page, Path.Combine("pages", name));
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        await page.Context.CloseAsync();
    }

    private async Task<string> ResolveAsync(string path)
    {
        if (path.StartsWith('/'))
        {
            return path;
        }

        using var hits = JsonDocument.Parse(await web.Client.GetStringAsync(new Uri("/api/search?q=h%E1%BB%A3p+t%C3%A1c&limit=1", UriKind.Relative)));
        var id = hits.RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;
        if (path == "article")
        {
            return $"/articles/{id}";
        }

        using var article = JsonDocument.Parse(await web.Client.GetStringAsync(new Uri($"/api/articles/{id}", UriKind.Relative)));
        return article.RootElement.GetProperty("archivedCopy").GetProperty("url").GetString()!;
    }
}
