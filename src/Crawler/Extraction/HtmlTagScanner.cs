namespace Pipeline.Crawler.Extraction;

/// <summary>
/// The parts of the HTML tokenizer that decide where tags, comments and raw text begin and end, following
/// the WHATWG tokenizer states closely enough that a tag seen here is a tag the parser sees. Every method
/// moves forward only, so a scan over a whole page is linear.
/// </summary>
internal static class HtmlTagScanner
{
    /// <summary>
    /// Tag names as shared strings: a page repeats a few dozen names over thousands of tags, so a known name read
    /// in lower case costs a lookup, not a new string.
    /// </summary>
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = KnownNameLookup();

    /// <summary>Where the markup after a '&lt;!' or '&lt;?' ends: a comment, a doctype or a bogus comment.</summary>
    /// <param name="html">The page.</param>
    /// <param name="lt">The position of '&lt;'.</param>
    /// <param name="foreign">True inside SVG or MathML, where CDATA sections exist.</param>
    /// <returns>The position after the construct, or the page length when it runs to the end.</returns>
    public static int SkipDeclaration(string html, int lt, bool foreign)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            // "<!-->" and "<!--->" end at once; otherwise "-->" or "--!>" ends the comment.
            var from = lt + 4;
            if (At(html, from, ">"))
            {
                return from + 1;
            }

            if (At(html, from, "->"))
            {
                return from + 2;
            }

            for (var j = from; j + 2 < html.Length; j++)
            {
                if (html[j] == '-' && html[j + 1] == '-')
                {
                    if (html[j + 2] == '>')
                    {
                        return j + 3;
                    }

                    if (j + 3 < html.Length && html[j + 2] == '!' && html[j + 3] == '>')
                    {
                        return j + 4;
                    }
                }
            }

            return html.Length;
        }

        if (foreign && string.CompareOrdinal(html, lt, "<![CDATA[", 0, 9) == 0)
        {
            var end = html.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        var close = html.IndexOf('>', lt + 2);
        return close < 0 ? html.Length : close + 1;
    }

    /// <summary>Reads a tag name starting at <paramref name="start"/>, lower-cased as the tokenizer does.</summary>
    /// <param name="html">The page.</param>
    /// <param name="start">The first character of the name (an ASCII letter).</param>
    /// <param name="end">The position after the name.</param>
    /// <returns>The name.</returns>
    public static string ReadName(string html, int start, out int end)
    {
        end = start;
        var upper = false;
        while (end < html.Length && !IsSpace(html[end]) && html[end] is not '/' and not '>')
        {
            upper |= html[end] is >= 'A' and <= 'Z';
            end++;
        }

        if (!upper && KnownNames.TryGetValue(html.AsSpan(start, end - start), out var known))
        {
            return known;
        }

        var name = html.Substring(start, end - start);
        return upper ? string.Create(name.Length, name, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
            }
        }) : name;
    }

    /// <summary>
    /// Skips a tag's attributes (quoted values may hold '&gt;') up to and including the closing '&gt;'.
    /// </summary>
    /// <param name="html">The page.</param>
    /// <param name="position">The position after the tag name.</param>
    /// <param name="selfClosing">True when the tag ends with "/&gt;" outside an attribute value.</param>
    /// <returns>The position after '&gt;', or -1 when the page ends inside the tag (the tokenizer then drops it).</returns>
    public static int SkipAttributes(string html, int position, out bool selfClosing)
    {
        selfClosing = false;
        var i = position;
        while (true)
        {
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return -1;
            }

            if (html[i] == '>')
            {
                return i + 1;
            }

            if (html[i] == '/')
            {
                i++;
                if (i < html.Length && html[i] == '>')
                {
                    selfClosing = true;
                    return i + 1;
                }

                continue;
            }

            // An attribute name: its first character may be anything, even '='.
            i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not '/' and not '>' and not '=')
            {
                i++;
            }

            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                continue;
            }

            i++;
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i < html.Length && html[i] is '"' or '\'')
            {
                var close = html.IndexOf(html[i], i + 1);
                if (close < 0)
                {
                    return -1;
                }

                i = close + 1;
            }
            else
            {
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }
            }
        }
    }

    /// <summary>Where raw text (script, style, title, textarea...) ends: at "&lt;/name" followed by a space, '/' or '&gt;'.</summary>
    /// <param name="html">The page.</param>
    /// <param name="from">The position after the start tag.</param>
    /// <param name="name">The element's name.</param>
    /// <returns>The position of the end tag's '&lt;', or the page length when there is none.</returns>
    public static int FindRawTextEnd(string html, int from, string name)
    {
        for (var at = html.IndexOf("</", from, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 2, StringComparison.Ordinal))
        {
            var after = at + 2 + name.Length;
            if (after <= html.Length && string.Compare(html, at + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == html.Length || IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                return at;
            }
        }

        return html.Length;
    }

    /// <summary>The tokenizer's whitespace: tab, line feed, form feed, carriage return, space.</summary>
    /// <param name="c">A character.</param>
    /// <returns>Whether it separates attributes.</returns>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNameLookup()
    {
        string[] phrasing = ["span", "label", "time", "sub", "sup", "abbr", "cite", "q", "mark", "picture", "video", "audio", "svg", "path", "g", "ins", "del", "var", "ruby"];
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in HtmlElementSets.Special.Concat(HtmlElementSets.ClosesParagraph).Concat(HtmlElementSets.Formatting)
            .Concat(HtmlElementSets.VoidElements).Concat(HtmlElementSets.TablePart).Concat(phrasing))
        {
            names.TryAdd(name, name);
        }

        return names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static bool At(string html, int position, string text) =>
        position + text.Length <= html.Length && string.CompareOrdinal(html, position, text, 0, text.Length) == 0;
}
