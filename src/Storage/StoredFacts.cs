using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Text.Facts;

namespace Pipeline.Storage;

/// <summary>Writes and reads the facts JSON the store keeps with an article.</summary>
public static class StoredFacts
{
    /// <summary>
    /// The column's format: camelCase, enums as camelCase strings, one line, Vietnamese left readable. Facts
    /// already stored are read with it, so a change must keep them readable.
    /// </summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Stored, never embedded in HTML: keep "hợp tác" readable instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The JSON to store for <paramref name="facts"/>.</summary>
    /// <param name="facts">An article's facts.</param>
    /// <returns>One line of JSON.</returns>
    public static string Write(ArticleFacts facts) => JsonSerializer.Serialize(facts, JsonOptions);

    /// <summary>
    /// The facts, or null when there are none or they were written in a shape this build cannot read: such an
    /// article is shown, indexed and counted without facts rather than stopping the work.
    /// </summary>
    /// <param name="json">The stored JSON, or null when the article is not analysed yet.</param>
    /// <returns>The facts, or null.</returns>
    public static ArticleFacts? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ArticleFacts>(json, JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
