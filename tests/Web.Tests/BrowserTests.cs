using System.Globalization;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.Web;

/// <summary>What a researcher does in the browser, against the real app and Debian's Chromium; screenshots in TestResults/screenshots.</summary>
[Collection(WebTests.Name)]
[Trait("Category", "Slow")]
public sealed class BrowserTests(WebFixture web, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Search_TypeQueryAndSubmit_ShowsHighlightedHitsAndPagesThroughThem()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.GotoAsync(page, web.BaseUri.AbsoluteUri);

        await page.FillAsync("#q", "hợp tác");
        await page.ClickAsync("form.search button[type=submit]");
        await BrowserFixture.WaitForUrlAsync(page, url => url.Contains("q=", StringComparison.Ordinal));

        var total = int.Parse((await page.GetAttributeAsync(".summary", "data-total"))!, CultureInfo.InvariantCulture);
        Assert.True(total > 10, $"{total} hits");
        Assert.Equal(10, await page.Locator(".hit").CountAsync());
        Assert.Contains("hợp", (await page.Locator(".snippet mark").First.TextContentAsync())!, StringComparison.OrdinalIgnoreCase);
        await BrowserFixture.ScreenshotAsync(page, "search");

        var firstOnPageOne = await page.Locator(".hit").First.GetAttributeAsync("data-id");
        await page.ClickAsync(".pages a[rel=next]");
        await BrowserFixture.WaitForUrlAsync(page, url => url.Contains("page=2", StringComparison.Ordinal));
        Assert.Equal("2", await page.Locator(".pages .current").TextContentAsync());
        Assert.NotEqual(firstOnPageOne, await page.Locator(".hit").First.GetAttributeAsync("data-id"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Facet_ClickTopic_FiltersToItsCountAndShowsTheFilter()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.GotoAsync(page, web.BaseUri + "?q=hop+tac");
        var facet = page.Locator("section[data-facet=topic] li").Nth(1);
        var count = int.Parse((await facet.Locator(".count").TextContentAsync())!.Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var label = await facet.Locator("a").GetAttributeAsync("data-value");

        await facet.Locator("a").ClickAsync();
        await BrowserFixture.WaitForUrlAsync(page, url => url.Contains("topic=" + label, StringComparison.Ordinal));

        Assert.Equal(count.ToString(CultureInfo.InvariantCulture), await page.GetAttributeAsync(".summary", "data-total"));
        Assert.Equal(1, await page.Locator(".active-filters .chip").CountAsync());
        Assert.Equal(label, await page.Locator("select[name=topic]").InputValueAsync());
        Assert.Equal(1, await page.Locator("section[data-facet=topic] li.active").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "facet-topic");

        await page.ClickAsync(".active-filters .chip a");
        await BrowserFixture.WaitForUrlAsync(page, url => !url.Contains("topic=", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator(".active-filters .chip").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Article_OpenFromSearch_ShowsMetadataMarkedFactsTopicsAndSimilar()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.GotoAsync(page, web.BaseUri + "?q=JICA");
        var title = await page.Locator(".hit h2 a").First.TextContentAsync();

        await page.Locator(".hit h2 a").First.ClickAsync();
        await BrowserFixture.WaitForUrlAsync(page, url => url.Contains("/articles/", StringComparison.Ordinal));

        Assert.Equal(title, await page.Locator("article h1").TextContentAsync());
        Assert.Contains("Tin Lưu Trữ", (await page.Locator("article .meta").TextContentAsync())!, StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", await page.Locator("a.source").GetAttributeAsync("href"), StringComparison.Ordinal);
        var partners = await page.Locator(".text mark[data-fact=partner]").AllTextContentsAsync();
        Assert.Contains(partners, p => p.Contains("JICA", StringComparison.Ordinal));
        Assert.True(await page.Locator(".text mark[data-fact=date]").CountAsync() > 0, "dates are marked");
        Assert.True(await page.Locator(".text mark[data-fact=count]").CountAsync() > 0, "counts are marked");
        Assert.True(await page.Locator(".topics li[data-topic]").CountAsync() > 0, "topics are listed");
        Assert.True(await page.Locator(".topics meter").CountAsync() > 0, "topic scores are shown");
        Assert.Contains("jica", await page.Locator(".partners li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.key)"));
        Assert.True(await page.Locator(".similar li").CountAsync() > 0, "similar articles are listed");
        await BrowserFixture.ScreenshotAsync(page, "article");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HostileArticle_ScriptAndImagePayloads_RenderAsTextAndNeverRun()
    {
        var page = await browser.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        await BrowserFixture.GotoAsync(page, web.BaseUri + "?q=" + Uri.EscapeDataString("\"Thử nghiệm an toàn\""));
        Assert.Equal(ArchiveNews.XssTitle, await page.Locator(".hit h2 a").TextContentAsync());
        await BrowserFixture.ScreenshotAsync(page, "xss-search");
        await page.Locator(".hit h2 a").ClickAsync();
        await BrowserFixture.WaitForUrlAsync(page, url => url.Contains("/articles/", StringComparison.Ordinal));

        Assert.Equal(ArchiveNews.XssTitle, await page.Locator("article h1").TextContentAsync());
        Assert.Contains(ArchiveNews.ImagePayload, (await page.Locator(".text").TextContentAsync())!, StringComparison.Ordinal);
        Assert.Contains(ArchiveNews.ScriptPayload, (await page.Locator("article .meta").TextContentAsync())!, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal(0, await page.Locator("main img, main svg, main [onerror], main [onload]").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "xss-article");

        await BrowserFixture.GotoAsync(page, web.BaseUri + "status");
        Assert.Empty(dialogs);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Status_Page_ShowsHealthStoreIndexAndRuns()
    {
        var page = await browser.NewPageAsync();

        await BrowserFixture.GotoAsync(page, web.BaseUri + "status");

        Assert.Equal(web.Site.Count.ToString(CultureInfo.InvariantCulture), await page.Locator("[data-figure=articles]").TextContentAsync());
        Assert.Equal(web.Site.Count.ToString(CultureInfo.InvariantCulture), await page.Locator("[data-figure=indexed]").TextContentAsync());
        Assert.Equal(1, await page.Locator("[data-health=ok]").CountAsync());
        Assert.Equal("thành công", await page.Locator("tr[data-run] td").Nth(4).TextContentAsync());
        Assert.Equal(0, await page.Locator("form.action").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "status");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Trends_ChooseDimensionAndInterval_DrawsTheChartFillsTheTableAndDownloadsCsv()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.GotoAsync(page, web.BaseUri + "trends");

        await page.SelectOptionAsync("select[name=by]", "country");
        await page.SelectOptionAsync("select[name=interval]", "year");
        await page.ClickAsync("form.trends-form button[type=submit]");
        await BrowserFixture.WaitForUrlAsync(page, url => url.Contains("by=country", StringComparison.Ordinal) && url.Contains("interval=year", StringComparison.Ordinal));

        var chart = page.Locator("#trend-chart");
        // The PNG stays in the page (hidden once the interactive chart replaces it): decode() waits for the image and fails when it is broken.
        Assert.Equal(1200, await chart.EvaluateAsync<int>("img => img.decode().then(() => img.naturalWidth)"));
        Assert.Equal("country", await page.Locator("select[name=by]").InputValueAsync());
        Assert.Contains(await page.Locator(".trend-table thead th[data-key]").AllTextContentsAsync(), c => c == "Nhật Bản");
        Assert.True(await page.Locator(".trend-table tbody tr").CountAsync() >= 2, "one row per year and a total");
        Assert.True(await page.Locator(".top-partners tbody tr").CountAsync() > 0, "top partners are listed");
        await BrowserFixture.ScreenshotAsync(page, "trends");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a.csv"));
        Assert.Equal("xu-huong-country-year.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("interval,start,end,dimension,key,label,articles", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(",country,JP,Nhật Bản,", csv, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
