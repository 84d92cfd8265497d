using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Text.Facts;

namespace Pipeline.Corpus;

/// <summary>A gold article as one JSON line of gold.jsonl: the page's expected extraction and facts.</summary>
/// <param name="Slug">Unique slug.</param>
/// <param name="Url">The page address.</param>
/// <param name="Outlet">The outlet's display name.</param>
/// <param name="Split">"train", "dev" or "test".</param>
/// <param name="Title">Headline.</param>
/// <param name="Lead">Lead paragraph.</param>
/// <param name="Published">Publication time (+07:00).</param>
/// <param name="Authors">Bylines.</param>
/// <param name="Paragraphs">Main text paragraphs (captions included), without the lead.</param>
/// <param name="Text">The analysed text: lead and paragraphs, one per line; fact offsets point into it.</param>
/// <param name="Partners">Gold partners.</param>
/// <param name="Parties">Gold parties.</param>
/// <param name="Counts">Gold counts.</param>
/// <param name="Dates">Gold dates.</param>
/// <param name="Topics">Gold topic labels.</param>
/// <param name="Cooperation">Gold cooperation flag.</param>
internal sealed record GoldRecord(
    string Slug,
    string Url,
    string Outlet,
    string Split,
    string Title,
    string Lead,
    DateTimeOffset Published,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Paragraphs,
    string Text,
    IReadOnlyList<PartnerFact> Partners,
    IReadOnlyList<PartnerFact> Parties,
    IReadOnlyList<CountFact> Counts,
    IReadOnlyList<DateFact> Dates,
    IReadOnlyList<string> Topics,
    bool Cooperation)
{
    /// <summary>
    /// How gold.jsonl lines are written and read: camelCase, enums as camelCase strings, Vietnamese left readable,
    /// one record per line. The same conventions as the CLI's compact JSON, owned here so the corpus format does not
    /// depend on the host's output settings.
    /// </summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The record of a gold article.</summary>
    /// <param name="gold">The gold article.</param>
    /// <returns>The record.</returns>
    public static GoldRecord From(GoldArticle gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var a = gold.Source;
        return new GoldRecord(
            a.Slug, gold.Url, gold.OutletName, gold.Split, a.Title, a.Lead, a.Published, [a.Author], a.Paragraphs, gold.Text,
            gold.Facts.Partners, gold.Facts.Parties, gold.Facts.Counts, gold.Facts.Dates, gold.Facts.Topics.Select(t => t.Label).ToList(), gold.Facts.Cooperation.Value);
    }
}
