using System.Net;

namespace Pipeline.Web.Html;

/// <summary>
/// A search snippet (matches in &lt;mark&gt;, the rest escaped by the searcher) rebuilt here from its text: only
/// &lt;mark&gt; survives, so the pages do not depend on the searcher's escaping being right.
/// </summary>
internal static class SnippetHtml
{
    private const string Open = "<mark>";
    private const string Close = "</mark>";

    public static HtmlFragment From(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var html = new HtmlBuilder();
        var position = 0;
        while (position < snippet.Length)
        {
            var open = snippet.IndexOf(Open, position, StringComparison.Ordinal);
            var close = open < 0 ? -1 : snippet.IndexOf(Close, open, StringComparison.Ordinal);
            if (close < 0)
            {
                html.Text(WebUtility.HtmlDecode(snippet[position..]));
                break;
            }

            html.Text(WebUtility.HtmlDecode(snippet[position..open]));
            html.Append($"<mark>{WebUtility.HtmlDecode(snippet[(open + Open.Length)..close])}</mark>");
            position = close + Close.Length;
        }

        return html.ToFragment();
    }

    /// <summary>The snippet as plain text, for feeds.</summary>
    public static string PlainText(string snippet) =>
        WebUtility.HtmlDecode(snippet.Replace(Open, string.Empty, StringComparison.Ordinal).Replace(Close, string.Empty, StringComparison.Ordinal));
}
