using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Urls;

namespace Pipeline.Sources;

/// <summary>Reads and validates data/sources.json.</summary>
public static class SourcesFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Loads and validates a sources file, listing every problem at once.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The definitions.</returns>
    /// <exception cref="InvalidDataException">The file is missing, not JSON, or has invalid entries.</exception>
    public static IReadOnlyList<SourceDefinition> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"The sources file {path} does not exist.");
        }

        List<SourceDefinition> sources;
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            sources = json.RootElement.GetProperty("sources").Deserialize<List<SourceDefinition>>(Options) ?? [];
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"The sources file {path} is not valid: {ex.Message}", ex);
        }

        var problems = new List<string>();
        foreach (var group in sources.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"name '{group.Key}' is used {group.Count()} times");
        }

        foreach (var source in sources)
        {
            Validate(source, problems);
        }

        return problems.Count == 0 ? sources : throw new InvalidDataException($"The sources file {path} has problems:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>The crawl source of a web entry.</summary>
    /// <param name="source">A validated definition of kind "web".</param>
    /// <param name="allowPrivateNetwork">Whether it may reach private addresses.</param>
    /// <returns>The crawl source.</returns>
    public static CrawlSource ToCrawlSource(SourceDefinition source, bool allowPrivateNetwork)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new CrawlSource(
            source.Name,
            source.Feeds.Select(f => new Uri(f)).ToList(),
            source.Sitemaps.Select(s => new Uri(s)).ToList(),
            source.ArticlePattern,
            source.Delay,
            allowPrivateNetwork,
            source.Sections.Select(s => new Uri(s)).ToList(),
            Hints: new ExtractionHints(source.Extraction.GetValueOrDefault("body"), source.Extraction.GetValueOrDefault("lead"), source.Extraction.GetValueOrDefault("date")));
    }

    private static void Validate(SourceDefinition source, List<string> problems)
    {
        var name = string.IsNullOrWhiteSpace(source.Name) ? "(unnamed)" : source.Name;
        if (!Regex.IsMatch(source.Name, "^[a-z0-9][a-z0-9-]{0,62}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            problems.Add($"{name}: name must be lowercase letters, digits and hyphens");
        }

        if (source.Kind is not ("web" or "demo"))
        {
            problems.Add($"{name}: kind must be \"web\" or \"demo\"");
        }

        if (source.Kind == "web" && source.Feeds.Count + source.Sitemaps.Count == 0)
        {
            problems.Add($"{name}: a web source needs at least one feed or sitemap");
        }

        foreach (var url in source.Feeds.Concat(source.Sitemaps).Concat(source.Sections))
        {
            if (!UrlCanonicalizer.TryCanonicalize(url, null, out _))
            {
                problems.Add($"{name}: '{url}' is not an absolute http(s) address");
            }
        }

        if (source.ArticlePattern is not null)
        {
            try
            {
                _ = new Regex(source.ArticlePattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                problems.Add($"{name}: articlePattern is not a valid regular expression: {ex.Message}");
            }
        }

        if (source.Delay is { } delay && (delay < TimeSpan.Zero || delay > TimeSpan.FromMinutes(5)))
        {
            problems.Add($"{name}: delay must be between 00:00:00 and 00:05:00");
        }
    }
}
