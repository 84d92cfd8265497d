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
    private readonly KeywordTopicClassifier keywords;

    private readonly FactAnalyzer facts;

    private TopicClassifier(TopicModel? model, string? problem, Taxonomy taxonomy, FactAnalyzer facts)
    {
        Model = model;
        Problem = problem;
        keywords = new KeywordTopicClassifier(taxonomy);
        this.facts = facts;
    }

    /// <summary>Where the model came from, or null for the keyword baseline.</summary>
    public string? ModelPath { get; private init; }

    /// <summary>The model in use, or null when the keyword baseline stands in.</summary>
    public TopicModel? Model { get; }

    /// <summary>Why the model is not in use, or null.</summary>
    public string? Problem { get; }

    /// <summary>Loads the model at <paramref name="path"/>, or the keyword baseline over <paramref name="taxonomy"/> when it cannot be read.</summary>
    /// <param name="path">The model file.</param>
    /// <param name="taxonomy">The taxonomy the baseline classifies by.</param>
    /// <param name="facts">The fact analysis the classifier adds topics to.</param>
    /// <returns>The classifier.</returns>
    public static TopicClassifier Load(string path, Taxonomy taxonomy, FactAnalyzer facts)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(facts);
        try
        {
            return new TopicClassifier(TopicModel.Load(path), null, taxonomy, facts) { ModelPath = path };
        }
        catch (InvalidDataException ex)
        {
            return new TopicClassifier(null, ex.Message, taxonomy, facts);
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
        var found = facts.Analyze(text, published);
        var (topics, cooperation) = Classify(text, found.Partners);
        return found with { Topics = topics, Cooperation = cooperation };
    }
}
