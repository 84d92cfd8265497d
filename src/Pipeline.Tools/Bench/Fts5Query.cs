using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Bench;

/// <summary>
/// Translates our query syntax (words, "phrases", AND/OR/NOT) to an FTS5 MATCH expression: every word quoted,
/// so Vietnamese letters and punctuation can never be read as FTS5 syntax; words side by side are ANDed in both.
/// </summary>
internal static partial class Fts5Query
{
    public static string From(string query)
    {
        var parts = new List<string>();
        foreach (Match match in Token().Matches(query))
        {
            var token = match.Value;
            if (token is "AND" or "OR" or "NOT")
            {
                if (parts.Count > 0)
                {
                    parts.Add(token);
                }

                continue;
            }

            var text = Words().Replace(token.Trim('"'), " ").Trim();
            if (text.Length > 0)
            {
                parts.Add(Quote(text));
            }
        }

        // An operator cannot end an FTS5 expression.
        while (parts.Count > 0 && parts[^1] is "AND" or "OR" or "NOT")
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return string.Join(' ', parts);
    }

    private static string Quote(string text) => new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();

    [GeneratedRegex("\"[^\"]*\"?|[^\\s\"]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"[^\p{L}\p{M}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
