using System.Text.Json;
using Json.Schema;

namespace Pipeline.Tests.Output.Citations;

/// <summary>The Citation Style Language's own schema for CSL-JSON (csl-data.json, see csl-data.NOTICE.md).</summary>
internal static class CslSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Output", "Citations", "csl-data.json"))));

    /// <summary>The schema's failures for a document, as "location: message" lines; empty when it validates.</summary>
    /// <param name="json">A CSL-JSON document.</param>
    /// <returns>The failures.</returns>
    public static IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToList();
    }
}
