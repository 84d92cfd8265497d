using System.Diagnostics;
using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Topics;
using Pipeline.Corpus;

namespace Pipeline.Bench;

/// <summary>
/// Topic classification throughput on one core: every gold article (paragraph pooling included) with its partners
/// found beforehand, after two seconds of warm-up; the fact analysis has its own benchmark.
/// </summary>
public static class ClassifyBenchmark
{
    /// <summary>Runs the benchmark.</summary>
    /// <param name="model">The topic model to time.</param>
    /// <param name="facts">The analyser that finds the partners the model reads.</param>
    /// <param name="passes">How many timed passes over the articles.</param>
    /// <returns>The throughput, the articles classified, the time taken and the model's learner.</returns>
    public static (double ArticlesPerSecond, int Articles, double Seconds, string Algorithm) Run(TopicModel model, FactAnalyzer facts, int passes)
    {
        var texts = GoldCorpus.Load(GoldCorpus.DefaultDirectory).Select(g => (g.Text, facts.PartnersOf(g.Text))).ToList();
        void Pass()
        {
            foreach (var (text, partners) in texts)
            {
                model.Classify(text, partners);
            }
        }

        WarmUp.For(TimeSpan.FromSeconds(2), Pass);
        var stopwatch = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            Pass();
        }

        var articles = texts.Count * passes;
        return (Math.Round(articles / stopwatch.Elapsed.TotalSeconds, 0), articles, Math.Round(stopwatch.Elapsed.TotalSeconds, 2), model.Metadata.Algorithm);
    }
}
