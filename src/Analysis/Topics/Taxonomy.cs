using System.Text.Json;

namespace Pipeline.Analysis.Topics;

/// <summary>The topic labels of data/taxonomy.json, plus the cues of the cooperation flag.</summary>
/// <param name="Labels">Every label, "other" included.</param>
/// <param name="CooperationCues">Phrases that suggest international cooperation.</param>
public sealed record Taxonomy(IReadOnlyList<TaxonomyLabel> Labels, IReadOnlyList<string> CooperationCues)
{
    /// <summary>The label given when no cooperation topic applies.</summary>
    public const string Other = "other";

    /// <summary>Whether <paramref name="label"/> is one of the taxonomy's labels.</summary>
    /// <param name="label">A label key.</param>
    /// <returns>True when known.</returns>
    public bool Contains(string label) => Labels.Any(l => l.Label == label);

    /// <summary>Reads a taxonomy file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The taxonomy.</returns>
    /// <exception cref="InvalidDataException">The file is missing or malformed.</exception>
    public static Taxonomy Load(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var labels = json.RootElement.GetProperty("labels").EnumerateArray().Select(l => new TaxonomyLabel(
                l.GetProperty("label").GetString()!,
                l.GetProperty("name").GetString()!,
                l.GetProperty("description").GetString()!,
                l.GetProperty("cues").EnumerateArray().Select(c => c.GetString()!).ToList())).ToList();
            var cooperation = json.RootElement.GetProperty("cooperation").GetProperty("cues").EnumerateArray().Select(c => c.GetString()!).ToList();
            return new Taxonomy(labels, cooperation);
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"The taxonomy {path} cannot be read: {ex.Message}", ex);
        }
    }
}
