using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Archived;
using Pipeline.Crawler.Archive;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Tests.Archived;

public sealed class WarcLocatorTests
{
    private static readonly Uri Page = new("https://bao.example.vn/tin/hop-tac-y-te.htm");

    [Fact]
    public async Task FindFor_RefetchedPage_IsTheCopyOfTheArticlesFetch()
    {
        using var raw = new TempDirectory();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        using (var writer = new WarcWriter(raw.Path, "crawl", clock))
        {
            await writer.WriteAsync(Html(Page, "<h1>Bản đầu</h1>"));
            clock.Advance(TimeSpan.FromDays(2));
            await writer.WriteAsync(Html(Page, "<h1>Bản sửa</h1>"));
        }

        var locator = new WarcLocator(raw.Path);

        var first = locator.FindFor(Page.AbsoluteUri, Page.AbsoluteUri, new DateTimeOffset(2025, 3, 1, 8, 0, 1, TimeSpan.Zero));
        var second = locator.FindFor(Page.AbsoluteUri, Page.AbsoluteUri, new DateTimeOffset(2025, 3, 3, 8, 0, 1, TimeSpan.Zero));
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Contains("Bản đầu", WarcLocator.Read(first)!.Html, StringComparison.Ordinal);
        Assert.Contains("Bản sửa", WarcLocator.Read(second)!.Html, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.Zero), second.CrawledAt);
        Assert.Equal(second, locator.Find(second.Id));
    }

    [Fact]
    public async Task Find_FileWrittenAfterFirstScan_IsFoundWithoutRestart()
    {
        using var raw = new TempDirectory();
        var locator = new WarcLocator(raw.Path);
        Assert.Null(locator.FindFor(Page.AbsoluteUri, Page.AbsoluteUri, DateTimeOffset.UtcNow));

        using (var writer = new WarcWriter(raw.Path, "crawl", TimeProvider.System))
        {
            await writer.WriteAsync(Html(Page, "<h1>Tin mới</h1>"));
        }

        var record = locator.FindFor(Page.AbsoluteUri, Page.AbsoluteUri, DateTimeOffset.UtcNow);
        Assert.NotNull(record);
        Assert.Equal(Page.AbsoluteUri, record.TargetUri);
    }

    [Fact]
    public async Task Find_FeedResponse_IsNotAnArchivedPage()
    {
        using var raw = new TempDirectory();
        using (var writer = new WarcWriter(raw.Path, "crawl", TimeProvider.System))
        {
            var rss = new Uri("https://bao.example.vn/rss.xml");
            var body = Encoding.UTF8.GetBytes("<rss version=\"2.0\"></rss>");
            await writer.WriteAsync(new FetchResult(rss, rss, HttpStatusCode.OK, "application/rss+xml", "<rss/>", "utf-8", body.Length, false, null)
            {
                Body = body,
                Headers = [new("Content-Type", "application/rss+xml; charset=utf-8")],
            });
        }

        var file = Assert.Single(Directory.GetFiles(raw.Path));
        var id = WarcReader.Read(file).Where(r => r.Type == "response").Select(ArchivedResponse.IdOf).Single()!.Value;
        Assert.Null(new WarcLocator(raw.Path).Find(id));
    }

    private static FetchResult Html(Uri url, string html)
    {
        var body = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html lang=\"vi\"><body>{html}</body></html>");
        return new FetchResult(url, url, HttpStatusCode.OK, "text/html", html, "utf-8", body.Length, false, null)
        {
            Body = body,
            Headers = [new("Content-Type", "text/html; charset=utf-8")],
        };
    }
}
