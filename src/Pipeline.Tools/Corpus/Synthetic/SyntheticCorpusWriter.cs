using System.Text;
using System.Text.Json;
using Pipeline.Demo;
using Pipeline.Demo.Layouts;

namespace Pipeline.Corpus.Synthetic;

/// <summary>Writes a synthetic corpus: gold.jsonl (one gold record per line) and, optionally, each article's page in its outlet's layout and charset under html/.</summary>
public sealed class SyntheticCorpusWriter : IDisposable
{
    private const int NeighbourWindow = 6;

    private readonly StreamWriter gold;
    private readonly string? htmlDirectory;
    private readonly Dictionary<string, Queue<Pipeline.Corpus.DemoArticle>> recent = new(StringComparer.Ordinal);

    /// <summary>Creates gold.jsonl (and html/ when asked) in <paramref name="directory"/>.</summary>
    /// <param name="directory">Where to write.</param>
    /// <param name="writeHtml">Whether to write each article's page too.</param>
    public SyntheticCorpusWriter(string directory, bool writeHtml)
    {
        Directory.CreateDirectory(directory);
        gold = new StreamWriter(Path.Combine(directory, "gold.jsonl"), append: false, new UTF8Encoding(false));
        if (writeHtml)
        {
            htmlDirectory = Path.Combine(directory, "html");
            foreach (var outlet in DemoOutlet.All)
            {
                Directory.CreateDirectory(Path.Combine(htmlDirectory, outlet.Key));
            }
        }
    }

    /// <summary>The bytes written so far.</summary>
    public long Bytes { get; private set; }

    /// <summary>Writes one article's gold record and, when asked, its page.</summary>
    /// <param name="article">The article.</param>
    public void Write(GoldArticle article)
    {
        var line = JsonSerializer.Serialize(GoldRecord.From(article), GoldRecord.JsonOptions);
        gold.WriteLine(line);
        Bytes += Encoding.UTF8.GetByteCount(line) + 1;
        if (htmlDirectory is null)
        {
            return;
        }

        var source = article.Source;
        var outlet = DemoOutlet.Get(source.Outlet);
        var neighbours = recent.TryGetValue(outlet.Key, out var queue) ? queue : recent[outlet.Key] = new Queue<Pipeline.Corpus.DemoArticle>();
        var context = new PageContext(outlet, neighbours.Take(3).ToList(), neighbours.ToList(), source.Path);
        var html = OutletLayout.For(outlet).RenderArticle(source, context);
        var bytes = outlet.Charset == "windows-1258" ? Windows1258.Encode(html) : Encoding.UTF8.GetBytes(html);
        File.WriteAllBytes(Path.Combine(htmlDirectory, outlet.Key, source.Slug + ".html"), bytes);
        Bytes += bytes.Length;
        neighbours.Enqueue(source);
        if (neighbours.Count > NeighbourWindow)
        {
            neighbours.Dequeue();
        }
    }

    /// <inheritdoc />
    public void Dispose() => gold.Dispose();
}
