using System.Net;
using System.Text;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>Turns an HTML snippet (escaped text, matches in &lt;mark&gt;) into Spectre markup for the terminal.</summary>
internal static class SnippetMarkup
{
    public static string ToMarkup(string snippet)
    {
        var markup = new StringBuilder(snippet.Length + 32);
        var position = 0;
        while (position < snippet.Length)
        {
            var open = snippet.IndexOf("<mark>", position, StringComparison.Ordinal);
            if (open < 0)
            {
                markup.Append(Plain(snippet[position..]));
                break;
            }

            var close = snippet.IndexOf("</mark>", open, StringComparison.Ordinal);
            if (close < 0)
            {
                markup.Append(Plain(snippet[position..]));
                break;
            }

            markup.Append(Plain(snippet[position..open]))
                .Append("[bold yellow]").Append(Plain(snippet[(open + 6)..close])).Append("[/]");
            position = close + 7;
        }

        return markup.ToString();
    }

    private static string Plain(string html) => Markup.Escape(WebUtility.HtmlDecode(html));
}
