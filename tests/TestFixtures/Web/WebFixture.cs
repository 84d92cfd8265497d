using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Configuration;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Running;
using Pipeline.Tests.Fixtures;
using Pipeline.Web;

namespace Pipeline.Tests.Web;

/// <summary>
/// One archive for the web tests, made the real way: a loopback site crawled through the whole pipeline (fetch,
/// extract, store, analyse, index), then served by the web app on 127.0.0.1 with an ephemeral port.
/// </summary>
public sealed class WebFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory data = new();
    private WebApplication? app;

    internal ArchiveNews Site { get; } = new(goldArticles: 40);

    public Uri BaseUri { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string DataDir => data.Path;

    /// <summary>The running app, for tests that read its endpoints.</summary>
    internal WebApplication App => app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        await using (var site = await LoopbackSite.StartAsync(Site.Serve))
        {
            var source = new CrawlSource("archive", [site.Url("/rss.xml")], [], Delay: TimeSpan.Zero, AllowPrivateNetwork: true);
            var summary = await new PipelineRunner(new PipelineSettings { DataDir = data.Path }, NullLoggerFactory.Instance, TimeProvider.System, ShippedServices.Topics)
                .RunAsync("crawl", [source], hostOverrides: null, progress: null);
            Assert.Equal(Site.Count, summary.Run.New);
        }

        (app, BaseUri) = await StartAsync(data.Path, settings => settings.Web.RateLimitPerMinute = 0);
        Client = new HttpClient { BaseAddress = BaseUri };
    }

    /// <summary>Starts the web app over a data directory on 127.0.0.1 with an ephemeral port.</summary>
    internal static async Task<(WebApplication App, Uri BaseUri)> StartAsync(string dataDir, Action<PipelineSettings> configure)
    {
        var settings = new PipelineSettings { DataDir = dataDir };
        settings.Web.Urls = "http://127.0.0.1:0";
        configure(settings);
        var archive = await WebArchive.OpenAsync(ShippedServices.For(settings));
        var web = WebApp.Create(settings, archive);
        await web.StartAsync();
        return (web, new Uri(web.Urls.First() + "/"));
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose() => data.Dispose();
}
