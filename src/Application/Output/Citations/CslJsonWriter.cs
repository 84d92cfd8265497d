using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Pipeline.Output.Citations;

/// <summary>
/// CSL-JSON, the input of CSL processors (citeproc-js in Zotero, pandoc): an array of items of type
/// "article-newspaper", dates as date-parts, as the schema csl-data.json of the Citation Style Language defines.
/// </summary>
internal static class CslJsonWriter
{
    public const string Type = "article-newspaper";

    // Vietnamese stays readable; HTML-significant characters are still escaped, should a page ever embed the file.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write(IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var citation in citations)
            {
                Write(json, citation);
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, Citation citation)
    {
        json.WriteStartObject();
        json.WriteString("id", citation.Id);
        json.WriteString("type", Type);
        json.WriteString("title", citation.Title);
        json.WriteString("container-title", citation.ContainerTitle);
        if (citation.Published is { } published)
        {
            Date(json, "issued", Citation.Day(published));
        }

        json.WriteString("URL", citation.Url);
        if (citation.Accessed is { } accessed)
        {
            Date(json, "accessed", Citation.Day(accessed));
        }

        json.WriteString("language", citation.Language);
        json.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter json, string name, DateOnly day)
    {
        json.WriteStartObject(name);
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(day.Year);
        json.WriteNumberValue(day.Month);
        json.WriteNumberValue(day.Day);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
