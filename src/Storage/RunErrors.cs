using System.Text.Json;

namespace Pipeline.Storage;

/// <summary>The errors column of a run, whichever database holds it.</summary>
internal static class RunErrors
{
    /// <summary>The stored errors: a JSON list of strings; anything else is shown as it is rather than lost.</summary>
    /// <param name="json">The column's text.</param>
    /// <returns>One line per error.</returns>
    public static List<string> Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [json];
        }
    }
}
