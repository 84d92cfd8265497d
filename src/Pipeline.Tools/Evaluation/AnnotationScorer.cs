using Pipeline.Corpus;
using Pipeline.Text.Facts;

namespace Pipeline.Evaluation;

/// <summary>
/// Scores an analysis and topic classifiers against annotated texts of any corpus: facts matched one to one as
/// <see cref="FactMatcher"/> says, topic labels per label and micro/macro averaged, the cooperation flag by accuracy.
/// </summary>
/// <param name="analyze">The fact analysis under test: text and publication time to facts.</param>
/// <param name="analyzerName">How the report names the analysis.</param>
/// <param name="topicClassifiers">Topic classifiers to compare, by name.</param>
public sealed class AnnotationScorer(
    Func<string, DateTimeOffset?, ArticleFacts> analyze,
    string analyzerName,
    IReadOnlyDictionary<string, Func<string, (IReadOnlyList<TopicScore> Topics, CooperationFact Cooperation)>> topicClassifiers)
{
    /// <summary>Partners, parties, counts and dates of every text against its gold.</summary>
    /// <param name="texts">The annotated texts.</param>
    /// <returns>The figures and every error.</returns>
    public FactEvaluation Facts(IReadOnlyList<AnnotatedText> texts)
    {
        int[] partners = new int[3], parties = new int[3], counts = new int[3], dates = new int[3];
        var errors = new List<FactError>();
        foreach (var text in texts)
        {
            var predicted = analyze(text.Text, text.Published);
            Add(partners, errors, text.Id, "partner", FactMatcher.Partners(text.Facts.Partners, predicted.Partners), p => (p.Span, p.Start, p.Key));
            Add(parties, errors, text.Id, "party", FactMatcher.Partners(text.Facts.Parties, predicted.Parties), p => (p.Span, p.Start, p.Key));
            Add(counts, errors, text.Id, "count", FactMatcher.Counts(text.Facts.Counts, predicted.Counts), c => (c.Span, c.Start, $"{c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {c.Approx} {c.Noun}"));
            Add(dates, errors, text.Id, "date", FactMatcher.Dates(text.Facts.Dates, predicted.Dates), d => (d.Span, d.Start, d.Resolved));
        }

        return new FactEvaluation(analyzerName, Score(partners), Score(parties), Score(counts), Score(dates), errors);
    }

    /// <summary>Every classifier's labels and cooperation flag against the gold, classifier by classifier.</summary>
    /// <param name="texts">The annotated texts.</param>
    /// <returns>One evaluation per classifier, in the order given.</returns>
    public IReadOnlyList<TopicEvaluation> Topics(IReadOnlyList<AnnotatedText> texts) =>
        topicClassifiers.Select(c => Topics(texts, c.Key, c.Value)).ToList();

    private static TopicEvaluation Topics(
        IReadOnlyList<AnnotatedText> texts,
        string name,
        Func<string, (IReadOnlyList<TopicScore> Topics, CooperationFact Cooperation)> classify)
    {
        var perLabel = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var cooperationRight = 0;
        var errors = new List<TopicError>();
        foreach (var text in texts)
        {
            var (topics, cooperation) = classify(text.Text);
            var expected = text.Facts.Topics.Select(t => t.Label).ToHashSet(StringComparer.Ordinal);
            var predicted = topics.Select(t => t.Label).ToHashSet(StringComparer.Ordinal);
            foreach (var label in expected.Union(predicted))
            {
                var counts = perLabel.TryGetValue(label, out var c) ? c : perLabel[label] = new int[3];
                counts[expected.Contains(label) && predicted.Contains(label) ? 0 : predicted.Contains(label) ? 1 : 2]++;
            }

            cooperationRight += cooperation.Value == text.Facts.Cooperation.Value ? 1 : 0;
            if (!expected.SetEquals(predicted) || cooperation.Value != text.Facts.Cooperation.Value)
            {
                errors.Add(new TopicError(
                    text.Id,
                    [.. expected.Order(StringComparer.Ordinal)],
                    topics,
                    [.. expected.Except(predicted).Order(StringComparer.Ordinal)],
                    [.. predicted.Except(expected).Order(StringComparer.Ordinal)],
                    text.Facts.Cooperation.Value,
                    cooperation.Value));
            }
        }

        var scores = perLabel.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => Score(kv.Value), StringComparer.Ordinal);
        var micro = Score([perLabel.Values.Sum(v => v[0]), perLabel.Values.Sum(v => v[1]), perLabel.Values.Sum(v => v[2])]);
        var goldLabels = perLabel.Where(kv => kv.Value[0] + kv.Value[2] > 0).Select(kv => scores[kv.Key].F1).ToList();
        return new TopicEvaluation(name, micro.F1, goldLabels.Count == 0 ? 0 : goldLabels.Average(), texts.Count == 0 ? 0 : (double)cooperationRight / texts.Count, scores, errors);
    }

    private static void Add<T>(int[] totals, List<FactError> errors, string article, string fact, FactMatch<T> match, Func<T, (string Span, int Start, string Detail)> describe)
    {
        var (tp, fp, fn) = match.Counts;
        totals[0] += tp;
        totals[1] += fp;
        totals[2] += fn;
        foreach (var (error, items) in new[] { ("missed", match.Missed), ("spurious", match.Spurious) })
        {
            errors.AddRange(items.Select(describe).Select(d => new FactError(article, fact, error, d.Span, d.Start, d.Detail)));
        }
    }

    private static PrfScore Score(int[] counts) => PrfScore.FromCounts(counts[0], counts[1], counts[2]);
}
