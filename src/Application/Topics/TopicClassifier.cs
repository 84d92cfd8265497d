using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Topics;
using Pipeline.Text.Facts;

namespace Pipeline.Topics;

/// <summary>
/// The product's topic classifier: the shipped ML.NET model (<c>data/models/topics.zip</c>) when it loads, the
/// keyword baseline otherwise, so a damaged or missing model degrades the topics instead of stopping a crawl.
/// </summary>
public sealed class TopicClassifier
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<TopicClassifier>> Loaded = new(StringComparer.Ordinal);

    private readonly KeywordTopicClassifier keywords;

    private TopicClassifier(TopicModel? model, string? problem)
    {
        Model = model;
        Problem = problem;
        keywords = new KeywordTopicClassifier(Taxonomy.Load(TaxonomyPath));
    }

    /// <summary>The shipped model's path.</summary>
    public static string DefaultModelPath => Path.Combine(AppContext.BaseDirectory, "data", "models", "topics.zip");

    /// <summary>The taxonomy's path.</summary>
    public static string TaxonomyPath => Path.Combine(AppContext.BaseDirectory, "data", "taxonomy.json");

    /// <summary>The classifier of a data directory: its own trained model when it has one, else the shipped one.</summary>
    public static TopicClassifier For(Storage.DataDirectory dataDirectory) =>
        Cached(File.Exists(dataDirectory.TopicModelPath) ? dataDirectory.TopicModelPath : DefaultModelPath);

    /// <summary>Where the model came from, or null for the keyword baseline.</summary>
    public string? ModelPath { get; private init; }

    private static TopicClassifier Cached(string path) => Loaded.GetOrAdd(Path.GetFullPath(path), p => new Lazy<TopicClassifier>(() => Load(p))).Value;

    /// <summary>The model in use, or null when the keyword baseline stands in.</summary>
    public TopicModel? Model { get; }

    /// <summary>Why the model is not in use, or null.</summary>
    public string? Problem { get; }

    /// <summary>Loads the model at <paramref name="path"/>, or falls back to the keyword baseline when it cannot be read.</summary>
    /// <param name="path">The model file.</param>
    /// <returns>The classifier.</returns>
    public static TopicClassifier Load(string path)
    {
        try
        {
            return new TopicClassifier(TopicModel.Load(path), null) { ModelPath = path };
        }
        catch (InvalidDataException ex)
        {
            return new TopicClassifier(null, ex.Message);
        }
    }

    /// <summary>Classifies an article's text into topics and a cooperation fact.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="partners">The foreign partners found in it.</param>
    /// <returns>The topics, best first, and the cooperation fact.</returns>
    public (IReadOnlyList<TopicScore> Topics, CooperationFact Cooperation) Classify(string text, IReadOnlyList<PartnerFact> partners) =>
        Model is null ? keywords.Classify(text) : Model.Classify(text, partners);

    /// <summary>The facts of a text with its topics and cooperation flag.</summary>
    public ArticleFacts Analyze(string text, DateTimeOffset? published)
    {
        var facts = FactAnalyzer.Analyze(text, published);
        var (topics, cooperation) = Classify(text, facts.Partners);
        return facts with { Topics = topics, Cooperation = cooperation };
    }
}
