using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Analysis.Facts;
using Pipeline.Composition;
using Pipeline.Configuration;
using Pipeline.Storage;
using Pipeline.Topics;

namespace Pipeline.Tests.Composition;

public sealed class PipelineServiceCollectionExtensionsTests
{
    [Fact]
    public void AddPipeline_InvalidSettings_ThrowsAtStartWithEveryProblem()
    {
        var configuration = Configuration(("DataDir", "./unused"), ("Web:RateLimitPerMinute", "-1"), ("Schedule:Cron", "not a cron"));

        var error = Assert.Throws<ConfigurationException>(() => new ServiceCollection().AddPipeline(configuration));

        Assert.StartsWith("Invalid configuration:", error.Message, StringComparison.Ordinal);
        Assert.Contains("web: The field RateLimitPerMinute must be between 0 and 1000000.", error.Message, StringComparison.Ordinal);
        Assert.Contains("schedule: The Cron field 'not a cron' is not a Quartz cron expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPipeline_UnreadableValue_ThrowsConfigurationException()
    {
        var configuration = Configuration(("Web:RateLimitPerMinute", "many"));

        var error = Assert.Throws<ConfigurationException>(() => new ServiceCollection().AddPipeline(configuration));

        Assert.StartsWith("The configuration cannot be read:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddPipeline_TempDataDirectory_ResolvesEveryRegisteredService()
    {
        using var data = new TempDirectory();
        var services = new ServiceCollection().AddPipeline(Configuration(("DataDir", data.Path)));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        await provider.GetRequiredService<StoreConnection>().OpenAsync(StoreAccess.Create);

        var types = services.Select(d => d.ServiceType).Where(t => !t.IsGenericTypeDefinition).Distinct().ToList();
        Assert.All(types, type => Assert.NotNull(provider.GetRequiredService(type)));
        Assert.Contains(typeof(FactAnalyzer), types);
        Assert.Contains(typeof(TopicClassifier), types);
        Assert.Contains(typeof(IArticleStore), types);
        Assert.Contains(typeof(ITrendStore), types);
        Assert.Contains(typeof(IndexSearchers), types);
        Assert.NotNull(provider.GetRequiredService<FactAnalyzer>().Gazetteer);
        Assert.Equal(Path.Combine(data.Path, "index"), provider.GetRequiredService<IndexSearchers>().Path);
    }

    [Fact]
    public async Task AddPipeline_StoresBeforeOpen_ThrowsSayingToOpenFirst()
    {
        using var data = new TempDirectory();
        await using var provider = new ServiceCollection().AddPipeline(Configuration(("DataDir", data.Path))).BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IArticleStore>());

        Assert.Contains("StoreConnection.OpenAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddPipeline_ClockAndDataRegisteredBefore_KeepsThem()
    {
        using var data = new TempDirectory();
        var clock = new FakeTimeProvider();
        var product = new ProductData(data.Combine("product"));
        await using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(product)
            .AddPipeline(Configuration(("DataDir", data.Path)))
            .BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
        Assert.Same(product, provider.GetRequiredService<ProductData>());
        // Without gazetteers the analysis still runs, finding no partners.
        Assert.Null(provider.GetRequiredService<FactAnalyzer>().Gazetteer);
    }

    [Fact]
    public async Task AddPipeline_DataDirKey_WinsOverDataDir()
    {
        using var data = new TempDirectory();
        await using var provider = new ServiceCollection()
            .AddPipeline(Configuration(("DataDir", "./elsewhere"), (SettingsLoader.DataDirKey, data.Path)))
            .BuildServiceProvider();

        Assert.Equal(data.Path, provider.GetRequiredService<PipelineSettings>().DataDir);
        Assert.Equal(data.Path, provider.GetRequiredService<DataDirectory>().Root);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
