namespace Pipeline.Analysis.Partners;

/// <summary>
/// Lists of other articles' headlines that outlets put inside or after an article ("Tin liên quan:", "Xem thêm:") and
/// that survive extraction as short lines. Their partners and parties are other articles' (ANNOTATION), so the partner
/// rules do not read them; counts and dates are read everywhere, as plain text does not tell headlines apart.
/// </summary>
internal static class RelatedNews
{
    // A headline is a short line; a longer one is the article's text again.
    private const int MaxHeadline = 200;

    private static readonly string[] Headers =
    [
        "tin liên quan", "bài liên quan", "bài viết liên quan", "tin cùng chuyên mục", "tin khác", "các tin khác", "tin bài khác", "xem thêm", "đọc thêm",
        "có thể bạn quan tâm", "tin mới", "tin mới nhất", "tin đọc nhiều", "bài đọc nhiều",
    ];

    /// <summary>The text with its related-news lines blanked (same length, so offsets hold); the text itself when it has none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text to read partners from.</returns>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[]? masked = null;
        var lineStart = 0;
        var inList = false;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (IsHeader(line))
            {
                inList = true;
            }
            else if (inList && line.Length > MaxHeadline)
            {
                inList = false;
            }

            if (inList)
            {
                masked ??= text.ToCharArray();
                for (var k = lineStart; k < lineEnd; k++)
                {
                    masked[k] = masked[k] == '\r' ? '\r' : ' ';
                }
            }

            lineStart = lineEnd + 1;
        }

        return masked is null ? text : new string(masked);
    }

    private static bool IsHeader(ReadOnlySpan<char> line)
    {
        var label = line.TrimEnd(':').TrimEnd();
        if (label.Length is 0 or > 24)
        {
            return false;
        }

        foreach (var header in Headers)
        {
            if (label.Equals(header, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
