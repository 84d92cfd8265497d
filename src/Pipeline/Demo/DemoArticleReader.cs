using System.Globalization;
using Pipeline.Analysis.Text;

namespace Pipeline.Demo;

/// <summary>Reads demo articles: a "---" header of "key: value" lines, then paragraphs separated by blank lines.</summary>
internal static class DemoArticleReader
{
    private static readonly string[] RequiredKeys = ["slug", "section", "title", "lead", "published", "author"];

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

    public static DemoArticle ReadFile(string path) => Parse(File.ReadAllText(path), path);

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

        var paragraphs = lines.Skip(line + 1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (paragraphs.Count == 0)
        {
            throw new InvalidDataException($"{name}: the article has no paragraphs.");
        }

        var tags = header.TryGetValue("tags", out var tagText)
            ? tagText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return new DemoArticle(header["slug"], header["section"], header["title"], header["lead"], published, header["author"], tags, paragraphs);
    }
}
