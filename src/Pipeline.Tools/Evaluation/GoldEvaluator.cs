using System.Diagnostics;
using Pipeline.Corpus;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.Demo;
using Pipeline.Text.Facts;

namespace Pipeline.Evaluation;

/// <summary>
/// Runs the product on the gold corpus: each article's page as its outlet serves it (layout, charset) goes
/// through the extractor; each gold text goes through the analysis; results are compared with the gold.
/// </summary>
/// <param name="articles">Every demo article (the site needs them all to render related-news blocks).</param>
/// <param name="analyze">The fact analysis under test: text and publication time to facts.</param>
/// <param name="analyzerName">How the report names the analysis.</param>
/// <param name="topicClassifiers">Topic classifiers to compare, by name.</param>
public sealed class GoldEvaluator(
    IReadOnlyList<DemoArticle> articles,
    Func<string, DateTimeOffset?, ArticleFacts> analyze,
    string analyzerName,
    IReadOnlyDictionary<string, Func<string, (IReadOnlyList<TopicScore> Topics, CooperationFact Cooperation)>> topicClassifiers)
{
    private readonly ArticleExtractor extractor = new();

    /// <summary>Extracts and analyses the gold articles of one split and scores them against their annotations.</summary>
    /// <param name="split">"train", "dev", "test" or "all".</param>
    /// <returns>The extraction, fact and topic scores.</returns>
    public GoldEvaluationReport Evaluate(string split)
    {
        var gold = GoldCorpus.From(articles).Where(g => split == "all" || g.Split == split).ToList();
        var pages = new DemoSiteBuilder(articles).Build();
        var texts = gold.Select(g => new AnnotatedText(g.Source.Slug, g.Text, g.Source.Published, g.Split, g.Facts)).ToList();
        var scorer = new AnnotationScorer(analyze, analyzerName, topicClassifiers);
        return new GoldEvaluationReport(split, gold.Count, EvaluateExtraction(gold, pages), scorer.Facts(texts), scorer.Topics(texts));
    }

    /// <summary>Scores the extractor's main text on an external extraction benchmark.</summary>
    /// <param name="directory">The benchmark's directory (its HTML pages and ground truth).</param>
    /// <returns>The benchmark's scores and timing.</returns>
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

    private static ExtractionEvaluation Summarize(List<(string Outlet, bool Title, bool Published, PageScore Body)> results, IReadOnlyDictionary<string, ExtractionEvaluation>? byOutlet) =>
        new(
            results.Count,
            results.Count == 0 ? 0 : results.Average(r => r.Title ? 1.0 : 0.0),
            results.Count == 0 ? 0 : results.Average(r => r.Published ? 1.0 : 0.0),
            ShingleMetric.Aggregate(results.Select(r => r.Body).ToList()),
            byOutlet);

    private static double Ratio(double hits, double misses) => hits + misses == 0 ? 1 : hits / (hits + misses);

    private static DateTimeOffset Minute(DateTimeOffset value) => new(value.UtcDateTime.Year, value.UtcDateTime.Month, value.UtcDateTime.Day, value.UtcDateTime.Hour, value.UtcDateTime.Minute, 0, TimeSpan.Zero);
}
