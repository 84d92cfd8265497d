using System.Diagnostics;
using AngleSharp.Html.Parser;
using Pipeline.Crawler.Extraction;
using Pipeline.Evaluation;

namespace Pipeline.Bench;

/// <summary>
/// Extraction speed on one core: the benchmark pages held in memory, one warm-up pass, then timed passes of ours and
/// SmartReader's, and of AngleSharp's bare parse of the same pages with one walk over its elements, the floor any
/// extractor built on it pays.
/// </summary>
internal static class ExtractBenchmark
{
    public static ExtractBenchmarkResult Run(string directory, int passes)
    {
        var benchmark = new ExtractionBenchmark(directory);
        var pages = benchmark.GroundTruth().Select(kv => (Html: benchmark.Html(kv.Key), Url: Uri.TryCreate(kv.Value.Url, UriKind.Absolute, out var u) ? u : new Uri("https://example.invalid/"))).ToList();
        var extractor = new ArticleExtractor();
        var ours = Time(pages, passes, page => extractor.Extract(page.Html, page.Url));
        var smartReader = Time(pages, passes, page => SmartReaderExtractor.ExtractText(page.Html, page.Url));
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false, IsScripting = false });
        var parse = Time(pages, passes, page =>
        {
            // One walk over the elements: the least any extractor does with the tree.
            using var document = parser.ParseDocument(page.Html);
            _ = document.All.Length;
        });
        return new ExtractBenchmarkResult(
            pages.Count, passes,
            Math.Round(pages.Count / ours.TotalSeconds, 1), Math.Round(ours.TotalMilliseconds / pages.Count, 2),
            Math.Round(pages.Count / smartReader.TotalSeconds, 1), Math.Round(smartReader.TotalMilliseconds / pages.Count, 2),
            Math.Round(pages.Count / parse.TotalSeconds, 1), Math.Round(parse.TotalMilliseconds / pages.Count, 2));
    }

    private static TimeSpan Time(List<(string Html, Uri Url)> pages, int passes, Action<(string Html, Uri Url)> extract)
    {
        foreach (var page in pages)
        {
            extract(page);
        }

        var stopwatch = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var page in pages)
            {
                extract(page);
            }
        }

        return stopwatch.Elapsed / passes;
    }
}
