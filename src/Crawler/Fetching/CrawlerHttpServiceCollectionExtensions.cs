using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Pipeline.Crawler.Fetching;

/// <summary>Registers the crawler's HTTP client and fetcher.</summary>
public static class CrawlerHttpServiceCollectionExtensions
{
    /// <summary>Adds the named crawler client (socket handler with address checks and host overrides) and <see cref="IPageFetcher"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">Fetching options.</param>
    /// <param name="hostOverrides">Host names resolved without DNS (the demo's virtual outlets, test sites); may be null.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddCrawlerHttp(this IServiceCollection services, FetcherOptions options, IReadOnlyDictionary<string, IPEndPoint>? hostOverrides = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddTimeProvider();
        services.AddHttpClient(HttpPageFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => CrawlerHttpHandler.Create(options, hostOverrides))
            // The socket handler pools and renews connections itself; the factory need not rotate it.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton(options);
        services.AddSingleton<IPageFetcher>(provider => new HttpPageFetcher(
            provider.GetRequiredService<IHttpClientFactory>(),
            options,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger<HttpPageFetcher>() ?? NullLogger<HttpPageFetcher>.Instance));
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
