using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Pipeline.Analysis.Topics;

/// <summary>
/// Reads topic training data: JSON Lines, one object per line with <c>text</c>, <c>labels</c> (taxonomy labels),
/// <c>cooperation</c> (true/false) and optionally <c>id</c> and <c>kind</c>. Any bad line stops the load with an
/// error naming the file and line, so a model is never trained on data that was half read.
/// </summary>
public static class TopicTrainingData
{
    /// <summary>Reads a training file.</summary>
    /// <param name="path">The .jsonl file.</param>
    /// <param name="taxonomy">The labels allowed.</param>
    /// <returns>The examples, in file order, and the SHA-256 of the file's bytes.</returns>
    /// <exception cref="InvalidDataException">A line is not JSON, lacks a field, names an unknown label or has an empty text.</exception>
    public static (IReadOnlyList<TopicExample> Examples, string Sha256) Load(string path, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(taxonomy);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot be read: {ex.Message}", ex);
        }

        var examples = new List<TopicExample>();
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0)
            {
                examples.Add(Parse(line, path, i + 1, taxonomy));
            }
        }

        if (examples.Count == 0)
        {
            throw new InvalidDataException($"{path}: no examples.");
        }

        return (examples, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Parses one line of a training file.</summary>
    /// <param name="line">The JSON object.</param>
    /// <param name="path">The file, for messages.</param>
    /// <param name="number">The 1-based line number, for messages.</param>
    /// <param name="taxonomy">The labels allowed.</param>
    /// <returns>The example.</returns>
    /// <exception cref="InvalidDataException">The line is not a valid example.</exception>
    public static TopicExample Parse(string line, string path, int number, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error(path, number, "not a JSON object");
            }

            var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : throw Error(path, number, "\"text\" (a string) is missing");
            if (string.IsNullOrWhiteSpace(text))
            {
                throw Error(path, number, "\"text\" is empty");
            }

            if (!root.TryGetProperty("labels", out var l) || l.ValueKind != JsonValueKind.Array)
            {
                throw Error(path, number, "\"labels\" (an array) is missing");
            }

            var labels = l.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Error(path, number, "a label is not a string")).ToList();
            var unknown = labels.FirstOrDefault(label => !taxonomy.Contains(label));
            if (unknown is not null)
            {
                throw Error(path, number, $"unknown label '{unknown}' (known: {string.Join(", ", taxonomy.Labels.Select(x => x.Label))})");
            }

            if (labels.Count == 0)
            {
                throw Error(path, number, "\"labels\" is empty (use [\"other\"] when no topic applies)");
            }

            var cooperation = root.TryGetProperty("cooperation", out var c) && c.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? c.GetBoolean()
                : throw Error(path, number, "\"cooperation\" (true or false) is missing");
            var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : $"line-{number}";
            return new TopicExample(id, text.Normalize(NormalizationForm.FormC), labels, cooperation);
        }
        catch (JsonException ex)
        {
            throw Error(path, number, $"not valid JSON ({ex.Message})");
        }
    }

    private static InvalidDataException Error(string path, int line, string problem) => new($"{path}:{line}: {problem}");
}
