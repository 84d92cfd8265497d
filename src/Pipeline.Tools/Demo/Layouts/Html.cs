using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pipeline.Demo.Layouts;

/// <summary>Small helpers for writing demo pages.</summary>
internal static class Html
{
    private static readonly JsonSerializerOptions JsonLdOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string E(string text) => Pipeline.Indexer.Search.HtmlText.Escape(text);

    public static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>JSON for a script element: "&lt;/" is escaped so text cannot close the element.</summary>
    public static string JsonLd(object value) => JsonSerializer.Serialize(value, JsonLdOptions).Replace("</", "<\\/", StringComparison.Ordinal);

    public static bool IsCaption(string paragraph) => paragraph.StartsWith("Ảnh:", StringComparison.Ordinal);
}
