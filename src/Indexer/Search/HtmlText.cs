using System.Text;

namespace Pipeline.Indexer.Search;

/// <summary>Escapes the five HTML-significant characters and nothing else, so Vietnamese letters stay readable.</summary>
public static class HtmlText
{
    /// <summary>Escapes &amp;, &lt;, &gt;, " and ' for use in HTML text and attribute values.</summary>
    /// <param name="text">Untrusted text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\n' or '\r' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
