using System.Text.Json;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Sources;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.Cli;

public sealed class CrawlCommandTests : IDisposable
{
    private readonly TempDirectory data = new();

    [Fact]
    public async Task Crawl_LoopbackFeedWithoutAllowPrivate_Refused()
    {
        var (exit, _, error) = await CliHarness.RunAsync("crawl", "--feed", "http://127.0.0.1:9/rss.xml", "--data-dir", data.Path);

        Assert.Equal(2, exit);
        Assert.Contains("--allow-private", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data.Path, "pipeline.db")));
    }

    [Fact]
    public async Task Crawl_AdHocFeedAllowPrivate_StoresArticles()
    {
        await using var site = await LoopbackSite.StartAsync(FixtureNews.Serve);

        var (exit, output, error) = await CliHarness.RunAsync("crawl", "--feed", site.Url("/rss.xml").AbsoluteUri, "--allow-private", "--json", "--data-dir", data.Path, "--config", await NoDelayConfigAsync());

        Assert.True(exit == 0, error);
        using var summary = JsonDocument.Parse(output);
        Assert.Equal(FixtureNews.Articles, summary.RootElement.GetProperty("run").GetProperty("new").GetInt32());
        Assert.Equal("crawl", summary.RootElement.GetProperty("run").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Crawl_ArticlePattern_FiltersDiscoveredLinks()
    {
        await using var site = await LoopbackSite.StartAsync(FixtureNews.Serve);

        var (exit, output, error) = await CliHarness.RunAsync("crawl", "--feed", site.Url("/rss.xml").AbsoluteUri, "--article-pattern", "/bai-2\\.htm$", "--allow-private", "--json", "--data-dir", data.Path, "--config", await NoDelayConfigAsync());

        Assert.True(exit == 0, error);
        using var summary = JsonDocument.Parse(output);
        Assert.Equal(1, summary.RootElement.GetProperty("run").GetProperty("discovered").GetInt32());
    }

    [Fact]
    public async Task Crawl_UnknownSource_Exits2ListingKnownOnes()
    {
        var (exit, _, error) = await CliHarness.RunAsync("crawl", "--source", "no-such-outlet", "--data-dir", data.Path);

        Assert.Equal(2, exit);
        Assert.Contains("vnexpress-suc-khoe", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_InvalidSourcesFile_ListsEveryProblem()
    {
        var file = data.Combine("sources.json");
        await File.WriteAllTextAsync(file, """{ "sources": [ { "name": "A B", "feeds": ["ftp://x"] }, { "name": "ok", "articlePattern": "([" } ] }""");

        var (exit, _, error) = await CliHarness.RunAsync("crawl", "--sources", file, "--data-dir", data.Path);

        Assert.Equal(1, exit);
        Assert.Contains("name must be lowercase", error, StringComparison.Ordinal);
        Assert.Contains("not an absolute http(s) address", error, StringComparison.Ordinal);
        Assert.Contains("not a valid regular expression", error, StringComparison.Ordinal);
        Assert.Contains("needs at least one feed or sitemap", error, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcesFile_Bundled_HasTheDemoAndTenRealOutletsMarkedUnverified()
    {
        var sources = SourcesFile.Load(Storage.ProductData.Shipped.SourcesFile);

        Assert.Single(sources, s => s.Kind == "demo");
        var web = sources.Where(s => s.Kind == "web").ToList();
        Assert.True(web.Count >= 10, $"{web.Count} real outlets");
        Assert.All(web, s => Assert.False(s.Verified, $"{s.Name} cannot have been verified offline"));
        Assert.All(web, s => Assert.NotNull(s.ArticlePattern));
    }

    [Fact]
    public async Task Robots_FileAndUrls_OneLinePerUrl()
    {
        var file = data.Combine("robots.txt");
        await File.WriteAllTextAsync(file, "User-agent: *\nDisallow: /noi-bo/\n");

        var (exit, output, _) = await CliHarness.RunAsync("robots", file, "PipelineBot/0.1 (+https://example.org)", "https://a.vn/noi-bo/1", "https://a.vn/tin/2");

        Assert.Equal(0, exit);
        Assert.Equal(["https://a.vn/noi-bo/1\tdisallowed", "https://a.vn/tin/2\tallowed"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose() => data.Dispose();

    private async Task<string> NoDelayConfigAsync()
    {
        var file = data.Combine("pipeline.json");
        await File.WriteAllTextAsync(file, """{ "Crawl": { "DefaultDelay": "00:00:00" } }""");
        return file;
    }
}
