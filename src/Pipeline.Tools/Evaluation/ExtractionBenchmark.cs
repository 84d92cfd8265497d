using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Pipeline.Evaluation;

/// <summary>The public article-extraction benchmark: pages, their gold bodies, and reference outputs of other extractors.</summary>
/// <param name="Directory">The benchmark directory (ground-truth.json, html/, reference-outputs/).</param>
internal sealed record ExtractionBenchmark(string Directory)
{
    /// <summary>Gold bodies and addresses by page id.</summary>
    /// <returns>Id to (url, body).</returns>
    /// <exception cref="InvalidDataException">The directory is not the benchmark.</exception>
    public IReadOnlyDictionary<string, (string Url, string Body)> GroundTruth()
    {
        var path = Path.Combine(Directory, "ground-truth.json");
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{Directory} is not the article-extraction benchmark: ground-truth.json is missing.");
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return json.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => (p.Value.TryGetProperty("url", out var url) ? url.GetString() ?? string.Empty : string.Empty, p.Value.GetProperty("articleBody").GetString() ?? string.Empty),
            StringComparer.Ordinal);
    }

    /// <summary>A reference extractor's bodies by page id (plain or wrapped in { "output": ... }).</summary>
    /// <param name="fileName">The file in reference-outputs/.</param>
    /// <returns>Id to body.</returns>
    public IReadOnlyDictionary<string, string> ReferenceOutput(string fileName)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Directory, "reference-outputs", fileName)));
        var root = json.RootElement.TryGetProperty("output", out var output) ? output : json.RootElement;
        return root.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? string.Empty : string.Empty,
            StringComparer.Ordinal);
    }

    /// <summary>The page's HTML, decompressed.</summary>
    /// <param name="id">The page id.</param>
    /// <returns>The HTML text.</returns>
    public string Html(string id)
    {
        using var file = File.OpenRead(Path.Combine(Directory, "html", id + ".html.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Scores predicted bodies against the gold with <see cref="ShingleMetric"/>; a missing prediction is empty.</summary>
    /// <param name="predictions">Id to predicted body.</param>
    /// <returns>Precision, recall and F1.</returns>
    public PrfScore Score(IReadOnlyDictionary<string, string> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var pages = GroundTruth().Select(kv => ShingleMetric.ScorePage(kv.Value.Body, predictions.GetValueOrDefault(kv.Key, string.Empty))).ToList();
        return ShingleMetric.Aggregate(pages);
    }
}
