using System.Globalization;
using System.Net;
using Microsoft.Playwright;

namespace Pipeline.Tests.Web.Pages;

/// <summary>
/// The trends page's interactive chart (issue #28, item 1) in Debian's Chromium under the page's real
/// Content-Security-Policy: it renders from the table, a hover shows the table's numbers and the articles behind them,
/// the legend switches values off, the address carries every choice, and without JavaScript the PNG and the table stay.
/// </summary>
[Collection(WebTests.Name)]
[Trait("Category", "Slow")]
public sealed class TrendsPageBrowserTests(WebFixture web, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Plot = "#trend-interactive";

    [Fact]
    public async Task Chart_HoverAnInterval_ShowsTheTableValueAndTheArticlesBehindIt()
    {
        var page = await browser.NewPageAsync();
        var refused = Watch(page);
        await OpenAsync(page, "trends?by=topic&interval=quarter");

        Assert.Equal(1, await page.Locator(Plot + " canvas").CountAsync());
        Assert.False(await page.Locator("#trend-chart").IsVisibleAsync(), "the PNG gives way to the interactive chart");
        // The busiest interval and its largest value, as the table (the chart's text alternative) shows them.
        var rows = page.Locator(".trend-table tbody tr.period");
        var totals = await rows.EvaluateAllAsync<int[]>("rows => rows.map(r => Number(r.cells[1].dataset.value))");
        var index = Array.IndexOf(totals, totals.Max());
        var row = rows.Nth(index);
        var column = await row.EvaluateAsync<int>("row => { const heads = [...document.querySelectorAll('.trend-table thead th[data-key]')]; const v = [...row.cells].slice(3).map((c, j) => heads[j].dataset.others ? -1 : Number(c.dataset.value)); return v.indexOf(Math.max(...v)); }");
        var head = page.Locator(".trend-table thead th[data-key]").Nth(column);
        var key = (await head.GetAttributeAsync("data-key"))!;
        var label = (await head.TextContentAsync())!;
        var value = await row.Locator("td").Nth(2 + column).TextContentAsync();
        var period = await row.GetAttributeAsync("data-label");
        Assert.NotEqual("0", value);

        await HoverAsync(page, index);

        var tooltip = page.Locator(".trend-tooltip");
        await tooltip.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Contains(period!, await tooltip.Locator(".tooltip-period").TextContentAsync(), StringComparison.Ordinal);
        var item = tooltip.Locator($"li[data-key=\"{key}\"]");
        Assert.Equal(label, await item.Locator(".label").TextContentAsync());
        Assert.Equal(value, await item.Locator(".value").TextContentAsync());
        await BrowserFixture.ScreenshotAsync(page, "pages/trends-interactive");
        await page.Locator(".trend-figure").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "pages", "trends-interactive-chart.png") });

        var entry = page.Locator($".trend-details li[data-key=\"{key}\"]");
        Assert.Equal(value, await entry.Locator(".value").TextContentAsync());
        var search = entry.Locator("a.search");
        Assert.Equal($"xem {value} bài", await search.TextContentAsync());
        var href = (await search.GetAttributeAsync("href"))!;
        Assert.Contains("topic=" + Uri.EscapeDataString(key), href, StringComparison.Ordinal);
        Assert.Contains("from=" + await row.GetAttributeAsync("data-from"), href, StringComparison.Ordinal);
        Assert.Contains("to=" + await row.GetAttributeAsync("data-to"), href, StringComparison.Ordinal);

        await entry.Locator("button.titles").ClickAsync();
        var titles = entry.Locator(".titles-list li a");
        await titles.First.WaitForAsync();
        Assert.StartsWith("/articles/", await titles.First.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.True(await titles.CountAsync() <= 5);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await search.ClickAsync();
        await BrowserFixture.WaitForUrlAsync(page, url => url.Contains("topic=", StringComparison.Ordinal));
        var total = int.Parse((await page.GetAttributeAsync(".summary", "data-total"))!, CultureInfo.InvariantCulture);
        Assert.True(total > 0, "the search behind the interval finds its articles");
        Assert.Empty(refused);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Legend_ClickAValue_HidesItsSeriesAndTheAddressReproducesTheView()
    {
        var page = await browser.NewPageAsync();
        var refused = Watch(page);
        await OpenAsync(page, "trends?by=country&interval=year&chart=bars");
        var button = page.Locator(".legend-item").First;
        var key = (await button.GetAttributeAsync("data-key"))!;
        Assert.Equal("true", await button.GetAttributeAsync("aria-pressed"));
        Assert.True(await SelectedAsync(page, key));

        await button.ClickAsync();

        Assert.Equal("false", await button.GetAttributeAsync("aria-pressed"));
        Assert.False(await SelectedAsync(page, key));
        Assert.Contains("hide=" + Uri.EscapeDataString(key), page.Url, StringComparison.Ordinal);

        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Locator(".trend-figure[data-ready='1']").WaitForAsync();
        Assert.Equal("false", await page.Locator($".legend-item[data-key=\"{key}\"]").GetAttributeAsync("aria-pressed"));
        Assert.False(await SelectedAsync(page, key));
        Assert.Equal("bar", await page.EvaluateAsync<string>($"() => echarts.getInstanceByDom(document.querySelector('{Plot}')).getOption().series[0].type"));
        Assert.Equal("country", await page.Locator("select[name=by]").InputValueAsync());
        Assert.Equal("year", await page.Locator("select[name=interval]").InputValueAsync());
        Assert.Equal("bars", await page.Locator("select[name=chart]").InputValueAsync());
        // The PNG a script-less reader gets leaves the value out too.
        var png = (await page.Locator("#trend-chart").GetAttributeAsync("src"))!;
        Assert.Contains("hide=" + Uri.EscapeDataString(key), png, StringComparison.Ordinal);
        Assert.Contains("chart=bars", png, StringComparison.Ordinal);

        await page.Locator($".legend-item[data-key=\"{key}\"]").ClickAsync();
        Assert.True(await SelectedAsync(page, key));
        Assert.DoesNotContain("hide=", page.Url, StringComparison.Ordinal);

        await page.SelectOptionAsync("select[name=chart]", "lines");
        Assert.Contains("chart=lines", page.Url, StringComparison.Ordinal);
        Assert.Equal("line", await page.EvaluateAsync<string>($"() => echarts.getInstanceByDom(document.querySelector('{Plot}')).getOption().series[0].type"));
        Assert.Empty(refused);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Page_NoIntervalChosen_DrawsTheRulesIntervalAndSaysSo()
    {
        var page = await browser.NewPageAsync();
        await OpenAsync(page, "trends");

        var chosen = await page.Locator("select[name=interval] option[value=auto]").TextContentAsync();
        Assert.Equal("auto", await page.Locator("select[name=interval]").InputValueAsync());
        Assert.Matches("^Tự động \\((tháng|quý)\\)$", chosen);
        var periods = await page.Locator(".trend-table tbody tr.period th").AllTextContentsAsync();
        Assert.All(periods, p => Assert.Matches(chosen!.Contains("quý", StringComparison.Ordinal) ? "^\\d{4}-Q[1-4]$" : "^\\d{4}-\\d{2}$", p));
        Assert.Equal(await page.Locator(".trend-table thead th[data-key]").CountAsync(), await page.Locator(".legend-item").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Page_JavaScriptDisabled_ShowsThePngAndTheTable()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(web.BaseUri + "trends?by=topic&interval=quarter&hide=other", new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var image = page.Locator("#trend-chart");
        Assert.True(await image.IsVisibleAsync(), "the server-rendered chart shows");
        Assert.Equal(0, await page.Locator(".trend-interactive, " + Plot).CountAsync());
        Assert.True(await page.Locator(".trend-table tbody tr.period").CountAsync() > 0, "the table shows");
        var src = (await image.GetAttributeAsync("src"))!;
        Assert.Contains("interval=quarter", src, StringComparison.Ordinal);
        Assert.Contains("hide=other", src, StringComparison.Ordinal);
        using var png = await web.Client.GetAsync(new Uri(src, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.True((await image.BoundingBoxAsync())!.Width > 600, "the image is laid out at its size");
        await BrowserFixture.ScreenshotAsync(page, "pages/trends-no-javascript");
        await context.CloseAsync();
    }

    private async Task OpenAsync(IPage page, string path)
    {
        await BrowserFixture.GotoAsync(page, web.BaseUri + path);
        await page.Locator(".trend-figure[data-ready='1']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>Moves the mouse over one interval of the plot, a little above the axis.</summary>
    private static async Task HoverAsync(IPage page, int index)
    {
        var point = await page.EvaluateAsync<double[]>(
            $$"""
            () => {
              const element = document.querySelector('{{Plot}}');
              const [x, y] = echarts.getInstanceByDom(element).convertToPixel({ gridIndex: 0 }, [{{index}}, 0]);
              const box = element.getBoundingClientRect();
              return [box.left + x, box.top + y - 20];
            }
            """);
        await page.Mouse.MoveAsync((float)point[0] - 3, (float)point[1]);
        await page.Mouse.MoveAsync((float)point[0], (float)point[1]);
    }

    private static Task<bool> SelectedAsync(IPage page, string key) =>
        page.EvaluateAsync<bool>($"key => echarts.getInstanceByDom(document.querySelector('{Plot}')).getOption().legend[0].selected[key] !== false", key);

    /// <summary>Console messages of a Content-Security-Policy refusal, uncaught script errors and failed requests (the browser's own favicon request aside).</summary>
    private static List<string> Watch(IPage page)
    {
        var messages = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Refused to", StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                messages.Add(message.Type + ": " + message.Text);
            }
        };
        page.PageError += (_, error) => messages.Add("page error: " + error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                messages.Add($"{response.Status}: {response.Url}");
            }
        };
        return messages;
    }
}
