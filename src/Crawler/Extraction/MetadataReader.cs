using System.Text.Json;
using AngleSharp.Dom;

namespace Pipeline.Crawler.Extraction;

/// <summary>Reads JSON-LD, OpenGraph, article:*, itemprop and name metadata; JSON-LD first, as it is the most specific.</summary>
internal static class MetadataReader
{
    private static readonly string[] PublishedMetaKeys = ["article:published_time", "datePublished", "pubdate", "publishdate", "dc.date.issued", "dc.date", "date"];

    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle"];

    public static PageMetadata Read(IDocument document)
    {
        var metas = IndexMeta(document, out var articleTags);
        string? Meta(IDocument _, string key) => metas.GetValueOrDefault(key);
        var ld = FindJsonLdArticle(document);
        var publishedCandidates = PublishedCandidates(ld, metas);
        var modified = PageDates.ParseMachineDate(LdString(ld, "dateModified"))
            ?? PageDates.ParseMachineDate(Meta(document, "article:modified_time"))
            ?? PageDates.ParseMachineDate(Meta(document, "dateModified"));

        var authors = LdAuthors(ld);
        if (authors.Count == 0 && Meta(document, "author") is { } metaAuthor)
        {
            authors = [metaAuthor];
        }

        return new PageMetadata(
            Title: LdString(ld, "headline") ?? Meta(document, "og:title") ?? Meta(document, "twitter:title"),
            Description: Meta(document, "og:description") ?? Meta(document, "description") ?? LdString(ld, "description"),
            Published: publishedCandidates.Count > 0 ? publishedCandidates[0].Date.Value : null,
            Modified: modified,
            Authors: authors,
            Section: LdString(ld, "articleSection") ?? Meta(document, "article:section"),
            SiteName: Meta(document, "og:site_name") ?? LdPublisher(ld),
            Canonical: document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url"),
            Language: document.DocumentElement.GetAttribute("lang") ?? Meta(document, "og:locale"),
            Tags: Tags(articleTags, ld, Meta(document, "keywords")))
        {
            PublishedCandidates = publishedCandidates,
        };
    }

    /// <summary>The JSON-LD date, then the first meta tag that holds one: the candidates the date trust rules weigh.</summary>
    private static List<DateCandidate> PublishedCandidates(JsonElement? ld, Dictionary<string, string> metas)
    {
        var candidates = new List<DateCandidate>(2);
        if (PageDates.ReadMachineDate(LdString(ld, "datePublished")) is { } fromLd)
        {
            candidates.Add(new DateCandidate("json-ld", fromLd));
        }

        foreach (var key in PublishedMetaKeys)
        {
            if (PageDates.ReadMachineDate(metas.GetValueOrDefault(key)) is { } fromMeta)
            {
                candidates.Add(new DateCandidate("meta", fromMeta));
                break;
            }
        }

        return candidates;
    }

    private static List<string> Tags(List<string?> articleTags, JsonElement? ld, string? keywords)
    {
        var tags = articleTags;
        tags.AddRange((keywords ?? LdString(ld, "keywords") ?? string.Empty).Split(',').Select(t => t));
        return tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Take(30).ToList();
    }

    /// <summary>Every named meta tag once, first value wins, and every article:tag: one pass instead of one per key.</summary>
    private static Dictionary<string, string> IndexMeta(IDocument document, out List<string?> articleTags)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        articleTags = [];
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var property = meta.GetAttribute("property");
            if (property == "article:tag")
            {
                articleTags.Add(meta.GetAttribute("content"));
            }

            var name = property ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content")?.Trim();
            if (name is not null && !string.IsNullOrEmpty(content))
            {
                metas.TryAdd(name, content);
            }
        }

        return metas;
    }

    private static JsonElement? FindJsonLdArticle(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (FindArticle(json.RootElement) is { } found)
                {
                    return found.Clone();
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other metadata sources still count.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (element.TryGetProperty("@graph", out var graph) && FindArticle(graph) is { } inGraph)
                {
                    return inGraph;
                }

                return IsArticleType(element) ? element : null;
            default:
                return null;
        }
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString(), StringComparer.Ordinal),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString(), StringComparer.Ordinal)),
            _ => false,
        };
    }

    private static string? LdString(JsonElement? ld, string property)
    {
        if (ld is not { } element || !element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NullIfEmpty(value.GetString()),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
    }

    private static List<string> LdAuthors(JsonElement? ld)
    {
        var names = new List<string>();
        if (ld is not { } element || !element.TryGetProperty("author", out var author))
        {
            return names;
        }

        foreach (var item in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author])
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            };
            if (NullIfEmpty(name) is { } clean)
            {
                names.Add(clean);
            }
        }

        return names;
    }

    private static string? LdPublisher(JsonElement? ld) =>
        ld is { } element && element.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object
            && publisher.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? NullIfEmpty(name.GetString())
            : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
