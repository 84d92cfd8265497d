using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Topics;
using Pipeline.Analysis.Trends;
using Pipeline.Configuration;
using Pipeline.Querying;
using Pipeline.Storage;
using Pipeline.Topics;

namespace Pipeline.Composition;

/// <summary>
/// The composition root: every service the commands, the web app and the daemon share, registered once. Hosts add
/// what is theirs (console logging, Kestrel, Quartz) and open the database at start through <see cref="StoreConnection"/>.
/// </summary>
public static class PipelineServiceCollectionExtensions
{
    /// <summary>Binds and validates the settings now, so that a bad setting stops the process before anything runs, then registers the services.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">pipeline.json, PIPELINE_* variables and flags, as <see cref="SettingsLoader.Build"/> layers them.</param>
    /// <returns>The services.</returns>
    /// <exception cref="ConfigurationException">A setting cannot be read or is invalid; the message lists every problem.</exception>
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddPipeline(SettingsLoader.Bind(configuration));
    }

    /// <summary>Registers the services over settings already bound and validated.</summary>
    /// <param name="services">The services.</param>
    /// <param name="settings">Validated settings.</param>
    /// <returns>The services.</returns>
    /// <remarks>
    /// A <see cref="TimeProvider"/>, <see cref="ProductData"/> or <see cref="StoreConnection"/> registered before this
    /// call is kept: tests bring a fake clock, hosts bring stores they have opened.
    /// </remarks>
    public static IServiceCollection AddPipeline(this IServiceCollection services, PipelineSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        AddSettings(services, settings);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging(logging => logging.SetMinimumLevel(settings.LogLevel).AddFilter("Microsoft", LogLevel.Warning));
        services.TryAddSingleton(ProductData.Shipped);
        services.TryAddSingleton(new DataDirectory(settings.DataDir));

        // The shipped lookups, loaded on first use: a command that never analyses text never reads them.
        services.TryAddSingleton(sp => FactAnalyzer.Load(sp.GetRequiredService<ProductData>().Gazetteers));
        services.TryAddSingleton(sp => sp.GetRequiredService<FactAnalyzer>().Gazetteer
            ?? throw new InvalidOperationException($"No gazetteers in {sp.GetRequiredService<ProductData>().Gazetteers}."));
        services.TryAddSingleton(sp => new QueryPartners(sp.GetRequiredService<FactAnalyzer>().Gazetteer));
        services.TryAddSingleton<TopicClassifierCache>();
        services.TryAddSingleton(sp => sp.GetRequiredService<TopicClassifierCache>().Taxonomy);
        services.TryAddSingleton(sp => sp.GetRequiredService<TopicClassifierCache>().For(sp.GetRequiredService<DataDirectory>()));

        // The stores, once the host has opened the database.
        services.TryAddSingleton<StoreConnection>();
        services.TryAddSingleton(sp => sp.GetRequiredService<StoreConnection>().Stores);
        services.TryAddSingleton(sp => sp.GetRequiredService<PipelineStores>().Articles);
        services.TryAddSingleton(sp => sp.GetRequiredService<PipelineStores>().Frontier);
        services.TryAddSingleton(sp => sp.GetRequiredService<PipelineStores>().Runs);
        services.TryAddSingleton(sp => sp.GetRequiredService<PipelineStores>().Schedule);
        services.TryAddSingleton(sp => sp.GetRequiredService<PipelineStores>().PartnerNames);
        services.TryAddSingleton(sp => sp.GetRequiredService<PipelineStores>().NewTrends());
        services.TryAddSingleton(sp => new TrendService(sp.GetRequiredService<ITrendStore>(), sp.GetRequiredService<Taxonomy>(), settings.Trends));

        services.TryAddSingleton<IndexSearchers>();
        services.TryAddSingleton(sp => new Status.StatusReader(settings, sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static void AddSettings(IServiceCollection services, PipelineSettings settings)
    {
        AddOptions(services, settings);
        AddOptions(services, settings.Store);
        AddOptions(services, settings.Node);
        AddOptions(services, settings.Fetcher);
        AddOptions(services, settings.Crawl);
        AddOptions(services, settings.Schedule);
        AddOptions(services, settings.Trends);
        AddOptions(services, settings.Web);
        AddOptions(services, settings.Serve);
    }

    private static void AddOptions<T>(IServiceCollection services, T options)
        where T : class
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton(Options.Create(options));
    }
}
