using System.Diagnostics;
using Pipeline.Analysis.Facts;
using Pipeline.Corpus;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.Demo;

namespace Pipeline.Evaluation;

/// <summary>
/// Runs the product on the gold corpus: each article's page as its outlet serves it (layout, charset) goes
/// through the extractor; each gold text goes through the analysis; results are compared with the gold.
/// </summary>
/// <param name="articles">Every demo article (the site needs them all to render related-news blocks).</param>
/// <param name="analyze">The fact analysis under test: text and publication time to facts.</param>
/// <param name="analyzerName">How the report names the analysis.</param>
/// <param name="topicClassifiers">Topic classifiers to compare, by name.</param>
internal sealed class GoldEvaluator(
    IReadOnlyList<DemoArticle> articles,
    Func<string, DateTimeOffset?, ArticleFacts> analyze,
    string analyzerName,
    IReadOnlyDictionary<string, Func<string, (IReadOnlyList<TopicScore> Topics, CooperationFact Cooperation)>> topicClassifiers)
{
    private readonly ArticleExtractor extractor = new();

    public GoldEvaluationReport Evaluate(string split)
    {
        var gold = GoldCorpus.From(articles).Where(g => split == "all" || g.Split == split).ToList();
        var pages = new DemoSiteBuilder(articles).Build();
        return new GoldEvaluationReport(split, gold.Count, EvaluateExtraction(gold, pages), EvaluateFacts(gold), topicClassifiers.Select(c => EvaluateTopics(gold, c.Key, c.Value)).ToList());
    }

    public static BenchmarkEvaluation EvaluateBenchmark(string directory)
    {
        var benchmark = new ExtractionBenchmark(directory);
        var truth = benchmark.GroundTruth();
        var extractor = new ArticleExtractor();
        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        var stopwatch = Stopwatch.StartNew();
        foreach (var (id, (url, _)) in truth)
        {
            var uri = Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : new Uri("https://example.invalid/");
            predictions[id] = extractor.Extract(benchmark.Html(id), uri).Text;
        }

        var elapsed = stopwatch.ElapsedMilliseconds;
        var smartReader = new Dictionary<string, string>(StringComparer.Ordinal);
        stopwatch.Restart();
        foreach (var (id, (url, _)) in truth)
        {
            var uri = Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : new Uri("https://example.invalid/");
            smartReader[id] = SmartReaderExtractor.ExtractText(benchmark.Html(id), uri) ?? string.Empty;
        }

        var smartReaderElapsed = stopwatch.ElapsedMilliseconds;
        var references = Directory.EnumerateFiles(Path.Combine(directory, "reference-outputs"), "*.json").Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => benchmark.Score(benchmark.ReferenceOutput(Path.GetFileName(f))), StringComparer.Ordinal);
        var worst = truth.Select(kv => (kv.Key, kv.Value.Url, Score: ShingleMetric.ScorePage(kv.Value.Body, predictions[kv.Key])))
            .Select(p => new BenchmarkPage(p.Key, p.Url, Ratio(p.Score.TruePositive, p.Score.FalsePositive), Ratio(p.Score.TruePositive, p.Score.FalseNegative)))
            .OrderBy(p => Math.Min(p.Precision, p.Recall)).Take(20).ToList();
        return new BenchmarkEvaluation(truth.Count, benchmark.Score(predictions), references, elapsed, worst, benchmark.Score(smartReader), smartReaderElapsed);
    }

    private ExtractionEvaluation EvaluateExtraction(List<GoldArticle> gold, IReadOnlyDictionary<(string Host, string Path), DemoResponse> pages)
    {
        var results = new List<(string Outlet, bool Title, bool Published, PageScore Body)>();
        foreach (var article in gold)
        {
            var url = new Uri(article.Url);
            var response = pages[(url.Host, url.AbsolutePath)];
            var (html, _) = CharsetDecoder.Decode(response.Body, HttpPageFetcher.CharsetOf(response.ContentType));
            var extracted = extractor.Extract(html, url);
            results.Add((
                article.Source.Outlet,
                extracted.Title == article.Source.Title,
                extracted.Published is { } published && Minute(published) == Minute(article.Source.Published),
                ShingleMetric.ScorePage(article.Source.MainText, extracted.IsArticle ? extracted.Text : string.Empty)));
        }

        var byOutlet = results.GroupBy(r => r.Outlet, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Summarize(g.ToList(), null), StringComparer.Ordinal);
        return Summarize(results, byOutlet);
    }

    private FactEvaluation EvaluateFacts(List<GoldArticle> gold)
    {
        int[] partners = new int[3], parties = new int[3], counts = new int[3], dates = new int[3];
        var errors = new List<FactError>();
        foreach (var article in gold)
        {
            var predicted = analyze(article.Text, article.Source.Published);
            var slug = article.Source.Slug;
            Add(partners, errors, slug, "partner", FactMatcher.Partners(article.Facts.Partners, predicted.Partners), p => (p.Span, p.Start, p.Key));
            Add(parties, errors, slug, "party", FactMatcher.Partners(article.Facts.Parties, predicted.Parties), p => (p.Span, p.Start, p.Key));
            Add(counts, errors, slug, "count", FactMatcher.Counts(article.Facts.Counts, predicted.Counts), c => (c.Span, c.Start, $"{c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {c.Approx} {c.Noun}"));
            Add(dates, errors, slug, "date", FactMatcher.Dates(article.Facts.Dates, predicted.Dates), d => (d.Span, d.Start, d.Resolved));
        }

        return new FactEvaluation(analyzerName, Score(partners), Score(parties), Score(counts), Score(dates), errors);
    }

    private static TopicEvaluation EvaluateTopics(
        List<GoldArticle> gold,
        string name,
        Func<string, (IReadOnlyList<TopicScore> Topics, CooperationFact Cooperation)> classify)
    {
        var perLabel = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var cooperationRight = 0;
        var errors = new List<TopicError>();
        foreach (var article in gold)
        {
            var (topics, cooperation) = classify(article.Text);
            var expected = article.Facts.Topics.Select(t => t.Label).ToHashSet(StringComparer.Ordinal);
            var predicted = topics.Select(t => t.Label).ToHashSet(StringComparer.Ordinal);
            foreach (var label in expected.Union(predicted))
            {
                var counts = perLabel.TryGetValue(label, out var c) ? c : perLabel[label] = new int[3];
                counts[expected.Contains(label) && predicted.Contains(label) ? 0 : predicted.Contains(label) ? 1 : 2]++;
            }

            cooperationRight += cooperation.Value == article.Facts.Cooperation.Value ? 1 : 0;
            if (!expected.SetEquals(predicted) || cooperation.Value != article.Facts.Cooperation.Value)
            {
                errors.Add(new TopicError(
                    article.Source.Slug,
                    [.. expected.Order(StringComparer.Ordinal)],
                    topics,
                    [.. expected.Except(predicted).Order(StringComparer.Ordinal)],
                    [.. predicted.Except(expected).Order(StringComparer.Ordinal)],
                    article.Facts.Cooperation.Value,
                    cooperation.Value));
            }
        }

        var scores = perLabel.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => Score(kv.Value), StringComparer.Ordinal);
        var micro = Score([perLabel.Values.Sum(v => v[0]), perLabel.Values.Sum(v => v[1]), perLabel.Values.Sum(v => v[2])]);
        var goldLabels = perLabel.Where(kv => kv.Value[0] + kv.Value[2] > 0).Select(kv => scores[kv.Key].F1).ToList();
        return new TopicEvaluation(name, micro.F1, goldLabels.Count == 0 ? 0 : goldLabels.Average(), gold.Count == 0 ? 0 : (double)cooperationRight / gold.Count, scores, errors);
    }

    private static ExtractionEvaluation Summarize(List<(string Outlet, bool Title, bool Published, PageScore Body)> results, IReadOnlyDictionary<string, ExtractionEvaluation>? byOutlet) =>
        new(
            results.Count,
            results.Count == 0 ? 0 : results.Average(r => r.Title ? 1.0 : 0.0),
            results.Count == 0 ? 0 : results.Average(r => r.Published ? 1.0 : 0.0),
            ShingleMetric.Aggregate(results.Select(r => r.Body).ToList()),
            byOutlet);

    private static double Ratio(double hits, double misses) => hits + misses == 0 ? 1 : hits / (hits + misses);

    private static DateTimeOffset Minute(DateTimeOffset value) => new(value.UtcDateTime.Year, value.UtcDateTime.Month, value.UtcDateTime.Day, value.UtcDateTime.Hour, value.UtcDateTime.Minute, 0, TimeSpan.Zero);

    private static void Add<T>(int[] totals, List<FactError> errors, string article, string fact, FactMatch<T> match, Func<T, (string Span, int Start, string Detail)> describe)
    {
        Add(totals, match.Counts);
        foreach (var (error, items) in new[] { ("missed", match.Missed), ("spurious", match.Spurious) })
        {
            errors.AddRange(items.Select(describe).Select(d => new FactError(article, fact, error, d.Span, d.Start, d.Detail)));
        }
    }

    private static void Add(int[] totals, (int Tp, int Fp, int Fn) counts)
    {
        totals[0] += counts.Tp;
        totals[1] += counts.Fp;
        totals[2] += counts.Fn;
    }

    private static PrfScore Score(int[] counts) => PrfScore.FromCounts(counts[0], counts[1], counts[2]);
}
