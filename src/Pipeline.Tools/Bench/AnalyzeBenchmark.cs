using System.Diagnostics;
using System.Text;
using Pipeline.Analysis.Facts;
using Pipeline.Corpus;

namespace Pipeline.Bench;

/// <summary>Analysis throughput on one core: the gold texts, repeated to a few megabytes, after three seconds of warm-up.</summary>
public static class AnalyzeBenchmark
{
    /// <summary>Runs the benchmark.</summary>
    /// <param name="facts">The analyser to time.</param>
    /// <param name="passes">How many timed passes over the texts.</param>
    /// <returns>The throughput, the megabytes analysed and the number of texts.</returns>
    public static (double MegabytesPerSecond, double Megabytes, int Texts) Run(FactAnalyzer facts, int passes)
    {
        var texts = GoldCorpus.Load(GoldCorpus.DefaultDirectory).Select(g => (g.Text, g.Source.Published)).ToList();
        var bytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t.Text));
        void Pass()
        {
            foreach (var (text, published) in texts)
            {
                facts.Analyze(text, published);
            }
        }

        WarmUp.For(TimeSpan.FromSeconds(3), Pass);
        var stopwatch = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            Pass();
        }

        var megabytes = bytes * (double)passes / (1024 * 1024);
        return (Math.Round(megabytes / stopwatch.Elapsed.TotalSeconds, 2), Math.Round(megabytes, 2), texts.Count * passes);
    }
}
