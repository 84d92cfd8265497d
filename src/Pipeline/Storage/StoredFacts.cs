using System.Text.Json;
using Pipeline.Text.Facts;

namespace Pipeline.Storage;

/// <summary>Reads the facts JSON the store keeps with an article.</summary>
internal static class StoredFacts
{
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
            return JsonSerializer.Deserialize<ArticleFacts>(json, Output.Json.Compact);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
