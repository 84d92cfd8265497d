using System.Globalization;
using Microsoft.Playwright;

namespace Pipeline.Tests.Web;

/// <summary>Issue #28: the world map page in Debian's Chromium under the app's real Content-Security-Policy; screenshots in TestResults/screenshots.</summary>
[Collection(WebTests.Name)]
[Trait("Category", "Slow")]
public sealed class MapBrowserTests(WebFixture web, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Inland Honshu (Nagano): inside Japan's outline at the atlas' 1:110m scale.</summary>
    private const string Japan = "[138.2, 36.2]";

    /// <summary>The fill of a country without articles (map.js).</summary>
    private static readonly int[] NoArticles = [0xee, 0xf1, 0xf5];

    [Fact]
    public async Task Map_HoverAndClickJapan_ColouredShowsItsCountAndOpensTheFilteredSearch()
    {
        var page = await browser.NewPageAsync();
        var refused = NetworkBrowserTests.Refusals(page);
        await BrowserFixture.GotoAsync(page, web.BaseUri + "map");
        await page.WaitForSelectorAsync("#map[data-ready='1']");

        Assert.True(int.Parse((await page.GetAttributeAsync("#map", "data-countries"))!, CultureInfo.InvariantCulture) > 0);
        Assert.True(await page.Locator("#map canvas").CountAsync() > 0, "ECharts draws on a canvas");
        var count = (await page.Locator(".country-table tr[data-code=JP] td.number").TextContentAsync())!;
        var (x, y) = await PixelAsync(page, Japan);
        // ECharts paints after the option is set: wait for a frame before reading the canvas.
        await page.WaitForFunctionAsync("() => new Promise(r => requestAnimationFrame(() => r(true)))");
        var fill = await page.EvaluateAsync<int[]>(string.Create(
            CultureInfo.InvariantCulture,
            $"() => {{ const c = document.querySelector('#map canvas'); const r = window.devicePixelRatio || 1; return Array.from(c.getContext('2d').getImageData(Math.round({x} * r), Math.round({y} * r), 1, 1).data.slice(0, 3)); }}"));
        Assert.NotEqual(NoArticles, fill);
        Assert.NotEqual(new[] { 255, 255, 255 }, fill);

        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + x, box.Y + y);
        var tooltip = page.Locator("#map div").Filter(new LocatorFilterOptions { HasTextString = "Nhật Bản: " }).Last;
        await tooltip.WaitForAsync();
        Assert.Equal($"Nhật Bản: {count} bài", (await tooltip.TextContentAsync())!.Trim());
        await BrowserFixture.ScreenshotAsync(page, "map-hover");

        // A full-page screenshot can resize the viewport, and the chart redraws on resize: find Japan again.
        await page.WaitForFunctionAsync("() => new Promise(r => requestAnimationFrame(() => r(true)))");
        (x, y) = await PixelAsync(page, Japan);
        box = (await page.Locator("#map").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + x, box.Y + y);
        await page.Mouse.ClickAsync(box.X + x, box.Y + y);
        await BrowserFixture.WaitForUrlAsync(page, url => url.Contains("country=JP", StringComparison.Ordinal));
        Assert.Equal(count, await page.GetAttributeAsync(".summary", "data-total"));
        Assert.Empty(refused);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Map_ChangeFilters_PutsThemInTheAddressAndRedraws()
    {
        var page = await browser.NewPageAsync();
        var refused = NetworkBrowserTests.Refusals(page);
        await BrowserFixture.GotoAsync(page, web.BaseUri + "map");

        await page.SelectOptionAsync("select[name=topic]", "training-capacity");
        await page.CheckAsync("input[name=cooperation]");
        await page.ClickAsync("form.explore-form button[type=submit]");
        await BrowserFixture.WaitForUrlAsync(page, url => url.Contains("topic=training-capacity", StringComparison.Ordinal) && url.Contains("cooperation=1", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#map[data-ready='1']");

        Assert.Equal(await page.Locator(".country-table tbody tr").CountAsync(), int.Parse((await page.GetAttributeAsync("#map", "data-countries"))!, CultureInfo.InvariantCulture));
        Assert.Empty(refused);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Map_WithoutJavaScript_ShowsTheCountryTable()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await BrowserFixture.GotoAsync(page, web.BaseUri + "map");

        Assert.True(await page.Locator(".country-table tbody tr").CountAsync() > 0);
        Assert.Equal("Nhật Bản", await page.Locator(".country-table tr[data-code=JP] th a").TextContentAsync());
        Assert.True(await page.Locator("#map").IsHiddenAsync(), "no empty map box");
        await BrowserFixture.ScreenshotAsync(page, "map-no-script");
        await context.CloseAsync();
    }

    private static async Task<(float X, float Y)> PixelAsync(IPage page, string coordinates)
    {
        var pixel = await page.EvaluateAsync<float[]>($"() => window.pipelineMap.convertToPixel({{ seriesIndex: 0 }}, {coordinates})");
        return (pixel[0], pixel[1]);
    }
}
