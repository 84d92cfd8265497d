using System.Globalization;
using System.Text;
using System.Text.Json;
using Pipeline.Text.Facts;

namespace Pipeline.Corpus;

/// <summary>
/// Reads an annotated corpus of real article excerpts: one JSON file per text (<c>id</c>, <c>text</c>,
/// <c>published</c>, <c>cooperation</c>, <c>topics</c>, <c>partners</c>, <c>parties</c>, <c>counts</c>, <c>dates</c>
/// in the shape of ANNOTATION). Every span is checked against the text at its offset, so a corpus that drifted
/// from its annotations is refused with the file and fact named instead of being scored wrongly.
/// </summary>
public static class RealDevCorpus
{
    /// <summary>Vietnamese outlets publish in Vietnamese time; a date-only publication is read at its midnight there.</summary>
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>Loads every <c>*.json</c> file of a directory, in id order.</summary>
    /// <param name="directory">The corpus directory.</param>
    /// <returns>The annotated texts.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="InvalidDataException">A file is malformed; the message names it.</exception>
    public static IReadOnlyList<AnnotatedText> Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The corpus directory {directory} does not exist.");
        }

        var texts = Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(Read).ToList();
        return texts.Count == 0
            ? throw new InvalidDataException($"The corpus directory {directory} holds no *.json file.")
            : texts.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Reads one annotated file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The annotated text.</returns>
    /// <exception cref="InvalidDataException">The file is malformed; the message names it.</exception>
    public static AnnotatedText Read(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            var id = root.TryGetProperty("id", out var idElement) && idElement.GetString() is { Length: > 0 } given ? given : Path.GetFileNameWithoutExtension(path);
            var text = root.GetProperty("text").GetString()!.Normalize(NormalizationForm.FormC);
            var facts = new ArticleFacts(
                Partners(root, "partners", text, name),
                Partners(root, "parties", text, name),
                Items(root, "counts").Select(c => new CountFact(
                    c.GetProperty("value").GetDecimal(),
                    c.GetProperty("approx").GetString()!,
                    c.GetProperty("noun").GetString()!,
                    OptionalString(c, "currency"),
                    Span(c, text, name, "count"),
                    c.GetProperty("start").GetInt32())).ToList(),
                Items(root, "dates").Select(d => new DateFact(Span(d, text, name, "date"), d.GetProperty("resolved").GetString()!, d.GetProperty("start").GetInt32())).ToList(),
                Items(root, "topics").Select(t => new TopicScore(t.GetString()!, 1.0)).ToList(),
                new CooperationFact(root.GetProperty("cooperation").GetBoolean(), 1.0));
            return new AnnotatedText(id, text, Published(OptionalString(root, "published"), name), RealDevSplit.Of(id), facts);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException)
        {
            throw new InvalidDataException($"{name}: {ex.Message}", ex);
        }
    }

    private static List<PartnerFact> Partners(JsonElement root, string property, string text, string file) =>
        Items(root, property).Select(p => new PartnerFact(
            p.GetProperty("name").GetString()!,
            p.GetProperty("key").GetString()!,
            p.GetProperty("kind").GetString()!,
            OptionalString(p, "country"),
            OptionalString(p, "countryCode"),
            Span(p, text, file, property),
            p.GetProperty("start").GetInt32())).ToList();

    private static List<JsonElement> Items(JsonElement root, string property) =>
        root.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array ? [.. items.EnumerateArray()] : [];

    private static string? OptionalString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Span(JsonElement fact, string text, string file, string kind)
    {
        var span = fact.GetProperty("span").GetString()!.Normalize(NormalizationForm.FormC);
        var start = fact.GetProperty("start").GetInt32();
        return start >= 0 && start + span.Length <= text.Length && string.CompareOrdinal(text, start, span, 0, span.Length) == 0
            ? span
            : throw new InvalidDataException($"{file}: {kind} '{span}' is not in the text at offset {start}.");
    }

    private static DateTimeOffset? Published(string? value, string file)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), VietnamOffset);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InvalidDataException($"{file}: published '{value}' is neither a day nor a time with an offset.");
    }
}
