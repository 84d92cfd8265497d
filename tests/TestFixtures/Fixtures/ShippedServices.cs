using Microsoft.Extensions.DependencyInjection;
using Pipeline.Analysis.Facts;
using Pipeline.Composition;
using Pipeline.Configuration;
using Pipeline.Storage;
using Pipeline.Topics;

namespace Pipeline.Tests.Fixtures;

/// <summary>The shipped fact analysis and topic classifiers, loaded once for every test: a topic model takes seconds to load.</summary>
internal static class ShippedServices
{
    /// <summary>The fact analysis over the shipped gazetteers.</summary>
    public static FactAnalyzer Facts { get; } = FactAnalyzer.Load(ProductData.Shipped.Gazetteers);

    /// <summary>The topic classifiers over the shipped model and taxonomy.</summary>
    public static TopicClassifierCache Topics { get; } = new(ProductData.Shipped, Facts);

    /// <summary>The product's services over <paramref name="settings"/>, sharing the shipped classifiers above.</summary>
    /// <param name="settings">Validated settings.</param>
    /// <returns>The services.</returns>
    public static ServiceProvider For(PipelineSettings settings) =>
        new ServiceCollection().AddSingleton(Facts).AddSingleton(Topics).AddPipeline(settings).BuildServiceProvider();
}
