using System.Collections.Concurrent;
using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Topics;
using Pipeline.Storage;

namespace Pipeline.Topics;

/// <summary>
/// Loads each topic model file once: a model takes seconds to load, and a long-running process (the daemon, the web
/// app's crawl action) starts many runs. A data directory's own trained model replaces the shipped one as soon as it
/// appears, so every run asks again which file is in force.
/// </summary>
public sealed class TopicClassifierCache
{
    private readonly ConcurrentDictionary<string, Lazy<TopicClassifier>> loaded = new(StringComparer.Ordinal);

    private readonly ProductData productData;

    private readonly Lazy<Taxonomy> taxonomy;

    /// <summary>Creates the cache.</summary>
    /// <param name="productData">Where the shipped model and taxonomy are.</param>
    /// <param name="facts">The fact analysis the classifiers add topics to.</param>
    public TopicClassifierCache(ProductData productData, FactAnalyzer facts)
    {
        ArgumentNullException.ThrowIfNull(productData);
        this.productData = productData;
        Facts = facts ?? throw new ArgumentNullException(nameof(facts));
        taxonomy = new Lazy<Taxonomy>(() => Taxonomy.Load(productData.Taxonomy));
    }

    /// <summary>The fact analysis the classifiers use.</summary>
    public FactAnalyzer Facts { get; }

    /// <summary>The shipped taxonomy, loaded once.</summary>
    public Taxonomy Taxonomy => taxonomy.Value;

    /// <summary>The classifier of a data directory: its own trained model when it has one, else the shipped one.</summary>
    /// <param name="dataDirectory">The data directory.</param>
    /// <returns>The classifier, loaded once per model file.</returns>
    public TopicClassifier For(DataDirectory dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        return Load(File.Exists(dataDirectory.TopicModelPath) ? dataDirectory.TopicModelPath : productData.TopicModel);
    }

    /// <summary>The classifier of a model file, loaded once.</summary>
    /// <param name="path">The model file.</param>
    /// <returns>The classifier; the keyword baseline when the file cannot be read.</returns>
    public TopicClassifier Load(string path) =>
        loaded.GetOrAdd(Path.GetFullPath(path), p => new Lazy<TopicClassifier>(() => TopicClassifier.Load(p, Taxonomy, Facts))).Value;
}
