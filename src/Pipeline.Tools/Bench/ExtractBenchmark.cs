using System.Diagnostics;
using AngleSharp.Html.Parser;
using Pipeline.Crawler.Extraction;
using Pipeline.Evaluation;

namespace Pipeline.Bench;

/// <summary>
/// Extraction speed on one core: the benchmark pages held in memory, a warm-up, then timed passes of ours and
/// SmartReader's, and of AngleSharp's bare parse of the same pages with one walk over its elements, the floor any
/// extractor built on it pays.
/// </summary>
public static class ExtractBenchmark
{
    private const int MinWarmUpPasses = 2;

    /// <summary>
    /// How long each reader runs before any is timed. The runtime recompiles a hot method with optimisations only
    /// after many calls and a spell in which nothing new is compiled, in two steps with dynamic PGO, on a background
    /// thread that a busy machine starves; one pass leaves much of a reader's own code unoptimised, and most of all
    /// the first one timed, whose code the others do not share. A crawler runs for hours, in the steady state.
    /// </summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <summary>Runs the benchmark.</summary>
    /// <param name="directory">The benchmark pages' directory.</param>
    /// <param name="passes">How many timed passes over the pages.</param>
    /// <returns>The figures of each reader.</returns>
    public static ExtractBenchmarkResult Run(string directory, int passes)
    {
        var benchmark = new ExtractionBenchmark(directory);
        var pages = benchmark.GroundTruth().Select(kv => (Html: benchmark.Html(kv.Key), Url: Uri.TryCreate(kv.Value.Url, UriKind.Absolute, out var u) ? u : new Uri("https://example.invalid/"))).ToList();
        var extractor = new ArticleExtractor();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false, IsScripting = false });
        Action<(string Html, Uri Url)>[] readers =
        [
            page => extractor.Extract(page.Html, page.Url),
            page => SmartReaderExtractor.ExtractText(page.Html, page.Url),
            page =>
            {
                // One walk over the elements: the least any extractor does with the tree.
                using var document = parser.ParseDocument(page.Html);
                _ = document.All.Length;
            },
        ];
        foreach (var reader in readers)
        {
            WarmUpReader(pages, reader);
        }

        // Pass by pass in turn, so that a change of load on a shared machine falls on all three alike.
        var elapsed = new TimeSpan[readers.Length];
        for (var pass = 0; pass < passes; pass++)
        {
            for (var r = 0; r < readers.Length; r++)
            {
                elapsed[r] += TimePass(pages, readers[r]);
            }
        }

        var (ours, smartReader, parse) = (elapsed[0] / passes, elapsed[1] / passes, elapsed[2] / passes);
        return new ExtractBenchmarkResult(
            pages.Count, passes,
            Math.Round(pages.Count / ours.TotalSeconds, 1), Math.Round(ours.TotalMilliseconds / pages.Count, 2),
            Math.Round(pages.Count / smartReader.TotalSeconds, 1), Math.Round(smartReader.TotalMilliseconds / pages.Count, 2),
            Math.Round(pages.Count / parse.TotalSeconds, 1), Math.Round(parse.TotalMilliseconds / pages.Count, 2));
    }

    private static void WarmUpReader(List<(string Html, Uri Url)> pages, Action<(string Html, Uri Url)> read)
    {
        var stopwatch = Stopwatch.StartNew();
        for (var pass = 0; pass < MinWarmUpPasses || stopwatch.Elapsed < WarmUp; pass++)
        {
            TimePass(pages, read);
        }
    }

    private static TimeSpan TimePass(List<(string Html, Uri Url)> pages, Action<(string Html, Uri Url)> read)
    {
        var stopwatch = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            read(page);
        }

        return stopwatch.Elapsed;
    }
}
