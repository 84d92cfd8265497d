using Microsoft.Extensions.DependencyInjection;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Crawler.Tests.Fixtures;

/// <summary>The real fetcher, wired as the product wires it (IHttpClientFactory, socket handler, Polly pipeline).</summary>
internal static class TestFetchers
{
    public static IPageFetcher Create(FetcherOptions options, TimeProvider? timeProvider = null)
    {
        var services = new ServiceCollection().AddSingleton(timeProvider ?? TimeProvider.System).AddCrawlerHttp(options);
        return services.BuildServiceProvider().GetRequiredService<IPageFetcher>();
    }
}
