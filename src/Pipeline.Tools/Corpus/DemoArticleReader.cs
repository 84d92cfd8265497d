using System.Globalization;
using Pipeline.Text;

namespace Pipeline.Corpus;

/// <summary>
/// Reads demo articles: a "---" header of "key: value" lines, paragraphs separated by blank lines,
/// then optionally "===" and gold annotation lines ("kind: span | name=value | ...").
/// </summary>
public static class DemoArticleReader
{
    /// <summary>The outlet an article without an "outlet" header belongs to.</summary>
    public const string DefaultOutlet = "nhipsongyte";

    private const string AnnotationSeparator = "===";
    private static readonly string[] RequiredKeys = ["slug", "section", "title", "lead", "published", "author"];
    private static readonly string[] AnnotationKinds = ["partner", "party", "count", "date"];

    /// <summary>Reads every article file of <paramref name="directory"/>.</summary>
    /// <param name="directory">The articles' directory.</param>
    /// <returns>The articles.</returns>
    public static IReadOnlyList<DemoArticle> ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidDataException($"The demo site content is missing: {directory} does not exist.");
        }

        var articles = Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal).Select(ReadFile).ToList();
        var duplicate = articles.GroupBy(a => a.Slug, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Demo slug '{duplicate.Key}' is used by more than one article.");
        }

        return articles;
    }

    /// <summary>Reads one article file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The article.</returns>
    public static DemoArticle ReadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses one article's text.</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="name">The file's name, for error messages.</param>
    /// <returns>The article.</returns>
    public static DemoArticle Parse(string text, string name)
    {
        var lines = VietnameseNormalizer.Normalize(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 3 || lines[0].Trim() != "---")
        {
            throw new InvalidDataException($"{name}: line 1 must be '---'.");
        }

        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var line = 1;
        for (; line < lines.Length && lines[line].Trim() != "---"; line++)
        {
            var colon = lines[line].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InvalidDataException($"{name}: line {line + 1} is not 'key: value'.");
            }

            header[lines[line][..colon].Trim()] = lines[line][(colon + 1)..].Trim();
        }

        if (line >= lines.Length)
        {
            throw new InvalidDataException($"{name}: the header is not closed by '---'.");
        }

        foreach (var key in RequiredKeys.Where(k => !header.ContainsKey(k) || header[k].Length == 0))
        {
            throw new InvalidDataException($"{name}: header '{key}' is missing.");
        }

        if (!DateTimeOffset.TryParse(header["published"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            throw new InvalidDataException($"{name}: 'published' is not an ISO 8601 date with offset.");
        }

        var bodyStart = line + 1;
        var separator = Array.FindIndex(lines, bodyStart, l => l.Trim() == AnnotationSeparator);
        var bodyEnd = separator < 0 ? lines.Length : separator;
        var paragraphs = lines[bodyStart..bodyEnd].Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (paragraphs.Count == 0)
        {
            throw new InvalidDataException($"{name}: the article has no paragraphs.");
        }

        var annotations = separator < 0 ? [] : ParseAnnotations(lines, separator + 1, name);
        return new DemoArticle(
            header["slug"],
            header.GetValueOrDefault("outlet", DefaultOutlet),
            header["section"],
            header["title"],
            header["lead"],
            published,
            header["author"],
            List(header.GetValueOrDefault("tags")),
            List(header.GetValueOrDefault("topics")),
            header.TryGetValue("cooperation", out var cooperation) ? ParseBool(cooperation, name) : null,
            paragraphs,
            annotations);
    }

    private static List<GoldAnnotation> ParseAnnotations(string[] lines, int start, string name)
    {
        var annotations = new List<GoldAnnotation>();
        for (var i = start; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            var kind = colon < 0 ? string.Empty : text[..colon];
            if (!AnnotationKinds.Contains(kind, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{name}: line {i + 1} is not a gold annotation ('partner|party|count|date: span | key=value ...').");
            }

            var fields = text[(colon + 2)..].Split(" | ");
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var field in fields.Skip(1))
            {
                var equals = field.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    throw new InvalidDataException($"{name}: line {i + 1}: field '{field}' is not name=value.");
                }

                attributes[field[..equals].Trim()] = field[(equals + 1)..].Trim();
            }

            var occurrence = attributes.TryGetValue("at", out var at) && int.TryParse(at, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 1;
            annotations.Add(new GoldAnnotation(kind, fields[0].Trim(), occurrence, attributes, i + 1));
        }

        return annotations;
    }

    private static string[] List(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool ParseBool(string text, string name) => text switch
    {
        "true" => true,
        "false" => false,
        _ => throw new InvalidDataException($"{name}: 'cooperation' must be true or false."),
    };
}
