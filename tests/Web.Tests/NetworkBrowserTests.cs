using System.Globalization;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace Pipeline.Tests.Web;

/// <summary>Issue #28: the network page in Debian's Chromium under the app's real Content-Security-Policy; screenshots in TestResults/screenshots.</summary>
[Collection(WebTests.Name)]
[Trait("Category", "Slow")]
public sealed class NetworkBrowserTests(WebFixture web, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Network_ClickTopNode_ListsItsArticlesAndLinksToAFilteredSearch()
    {
        var page = await browser.NewPageAsync();
        var refused = Refusals(page);
        await BrowserFixture.GotoAsync(page, web.BaseUri + "network");
        await page.WaitForSelectorAsync("#network[data-ready='1']");

        Assert.True(int.Parse((await page.GetAttributeAsync("#network", "data-nodes"))!, CultureInfo.InvariantCulture) > 0);
        Assert.True(await page.Locator("#network canvas").CountAsync() > 0, "Cytoscape draws on canvases");
        Assert.Equal(await page.Locator(".node-table tbody tr").CountAsync(), await page.EvaluateAsync<int>("() => window.pipelineNetwork.nodes().length"));

        var label = await page.EvaluateAsync<string>("() => window.pipelineNetwork.nodes()[0].data('label')");
        await ClickNodeAsync(page, 0);
        await page.WaitForSelectorAsync("#node-panel .node-articles li");
        Assert.Equal(label, await page.Locator("#node-panel h2").TextContentAsync());
        Assert.True(await page.Locator("#node-panel .node-articles li a[href^='/articles/']").CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(page, "network-node");

        await page.ClickAsync("#node-panel a.search-link");
        await BrowserFixture.WaitForUrlAsync(page, url => url.Contains("partner=", StringComparison.Ordinal) || url.Contains("party=", StringComparison.Ordinal));
        Assert.True(int.Parse((await page.GetAttributeAsync(".summary", "data-total"))!, CultureInfo.InvariantCulture) > 0, "the filtered search finds the node's articles");
        Assert.True(await page.Locator(".hit").CountAsync() > 0);
        Assert.True(await page.Locator(".active-filters .chip").CountAsync() >= 1, "the filter is shown");
        Assert.Empty(refused);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Network_DownloadGraphMlAndGexf_HoldTheDrawnNodes()
    {
        var page = await browser.NewPageAsync();
        var refused = Refusals(page);
        await BrowserFixture.GotoAsync(page, web.BaseUri + "network?top=15&topic=training-capacity");
        await page.WaitForSelectorAsync("#network[data-ready='1']");
        var drawn = (await page.EvaluateAsync<string[]>("() => window.pipelineNetwork.nodes().map(n => n.id())")).Order(StringComparer.Ordinal).ToList();
        var edges = await page.EvaluateAsync<int>("() => window.pipelineNetwork.edges().length");
        Assert.InRange(drawn.Count, 1, 15);

        foreach (var (link, ns) in new[] { ("a.graphml", (XNamespace)"http://graphml.graphdrawing.org/xmlns"), ("a.gexf", (XNamespace)"http://www.gexf.net/1.2draft") })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(link));
            var xml = XDocument.Load((await download.PathAsync())!);

            Assert.Equal(drawn, xml.Descendants(ns + "node").Select(n => (string)n.Attribute("id")!).Order(StringComparer.Ordinal).ToList());
            Assert.Equal(edges, xml.Descendants(ns + "edge").Count());
        }

        Assert.Empty(refused);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Network_ChangeFilters_PutsThemInTheAddress()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.GotoAsync(page, web.BaseUri + "network");

        await page.SelectOptionAsync("select[name=country]", "JP");
        await page.FillAsync("input[name=top]", "10");
        await page.ClickAsync("form.explore-form button[type=submit]");
        await BrowserFixture.WaitForUrlAsync(page, url => url.Contains("country=JP", StringComparison.Ordinal) && url.Contains("top=10", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#network[data-ready='1']");

        Assert.InRange(int.Parse((await page.GetAttributeAsync("#network", "data-nodes"))!, CultureInfo.InvariantCulture), 1, 10);
        Assert.Contains("country=JP", await page.GetAttributeAsync("a.graphml", "href"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Network_WithoutJavaScript_ShowsThePairAndNodeTablesAndDownloads()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await BrowserFixture.GotoAsync(page, web.BaseUri + "network");

        Assert.True(await page.Locator(".pair-table tbody tr").CountAsync() > 0);
        Assert.True(await page.Locator(".node-table tbody tr").CountAsync() > 0);
        Assert.True(await page.Locator("#network").IsHiddenAsync(), "no empty graph box");
        Assert.True(await page.Locator("a.graphml").IsVisibleAsync());
        Assert.True(await page.Locator("a.gexf").IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, "network-no-script");
        await context.CloseAsync();
    }

    /// <summary>Clicks a drawn node where Cytoscape put it.</summary>
    private static async Task ClickNodeAsync(IPage page, int index)
    {
        var position = await page.EvaluateAsync<float[]>($"() => {{ const p = window.pipelineNetwork.nodes()[{index}].renderedPosition(); return [p.x, p.y]; }}");
        var box = (await page.Locator("#network").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + position[0], box.Y + position[1]);
    }

    /// <summary>Console messages of the Content-Security-Policy refusing something.</summary>
    internal static List<string> Refusals(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        return refused;
    }
}
