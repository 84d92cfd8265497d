using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Output;

/// <summary>JSON as the CLI prints it: camelCase, indented, Vietnamese left readable, dates ISO 8601 with offset.</summary>
public static class Json
{
    /// <summary>The indented conventions, for printed and saved JSON.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Terminal and file output, never embedded in HTML: keep "hợp tác" readable instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The same conventions on one line: for JSON Lines files and JSON stored in a database column.</summary>
    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };

    /// <summary>Serializes <paramref name="value"/> with <see cref="Options"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The indented JSON.</returns>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
