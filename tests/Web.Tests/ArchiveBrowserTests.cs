using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.Web;

/// <summary>
/// The archived copy in Debian's Chromium: a crawled page whose scripts, images and stylesheets point at a loopback
/// "outlet" that counts requests. Loaded from the outlet, the script runs; loaded as our archived copy, nothing runs
/// and nothing is fetched.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ArchiveBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ArchivedCopy_PageWithScriptsImagesAndStylesheet_RunsNothingAndLoadsNothing()
    {
        var requests = new ConcurrentQueue<string>();
        string html = string.Empty;
        await using var outlet = await LoopbackSite.StartAsync(context =>
        {
            requests.Enqueue(context.Request.Path.Value ?? "/");
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Request.Path == "/tin.htm" ? context.Response.WriteAsync(html) : Task.CompletedTask;
        });
        var origin = outlet.BaseUri.AbsoluteUri.TrimEnd('/');
        html = $$"""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Bản tin</title>
            <link rel="stylesheet" href="{{origin}}/site.css"><script src="{{origin}}/track.js"></script></head>
            <body><h1>Bệnh viện tỉnh hợp tác với đối tác Úc</h1>
            <img src="{{origin}}/anh.jpg" alt="ảnh">
            <script>document.body.dataset.ran = "1"; fetch("{{origin}}/script-ran", { mode: "no-cors" });</script>
            </body></html>
            """;
        await using var archive = await HostileCopyArchive.CreateAsync(outlet.Url("/tin.htm"), html);
        var page = await browser.NewPageAsync();

        // The control: served live by the outlet, the script runs and calls home.
        await BrowserFixture.GotoAsync(page, outlet.Url("/tin.htm").AbsoluteUri);
        await page.WaitForFunctionAsync("() => document.body.dataset.ran === '1'");
        await WaitForAsync(() => requests.Contains("/script-ran"));
        requests.Clear();

        await BrowserFixture.GotoAsync(page, new Uri(archive.BaseUri, $"/archive/{archive.RecordId}").AbsoluteUri);
        var frame = page.FrameLocator("iframe.archived-frame");
        Assert.Equal("Bệnh viện tỉnh hợp tác với đối tác Úc", await frame.Locator("h1").TextContentAsync());
        Assert.Contains("Bản lưu trữ", await page.Locator(".archived-banner h1").TextContentAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "archived-copy");
        // Long enough for the script, the image and the stylesheet to have called, had they been allowed to.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Empty(requests);
        Assert.Null(await frame.Locator("body").GetAttributeAsync("data-ran"));

        // Opened on its own, outside the frame, the copy is still sandboxed by its header.
        await BrowserFixture.GotoAsync(page, new Uri(archive.BaseUri, $"/archive/{archive.RecordId}/raw").AbsoluteUri);
        Assert.Equal("Bệnh viện tỉnh hợp tác với đối tác Úc", await page.Locator("h1").TextContentAsync());
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(requests);
        Assert.Null(await page.Locator("body").GetAttributeAsync("data-ran"));
        await page.Context.CloseAsync();
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the control page's script did not call home");
    }
}
