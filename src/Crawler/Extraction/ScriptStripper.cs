namespace Pipeline.Crawler.Extraction;

/// <summary>
/// Removes script and style bodies before parsing: inline application state often weighs hundreds of
/// kilobytes and is never article text. JSON-LD scripts stay, metadata needs them. A body ends at the first
/// closing tag, exactly as the HTML tokenizer ends it, so nothing else of the page changes.
/// </summary>
internal static class ScriptStripper
{
    public static string Strip(string html)
    {
        // The parts kept are copied once, into a string of their exact length: pages run to hundreds of kilobytes,
        // and a builder sized to the page and then its copy would put both on the large object heap.
        List<Range>? kept = null;
        var position = 0;
        var searchFrom = 0;

        // The next opening of each kind is remembered while it lies ahead, so a page of many scripts and one
        // style is scanned once, not once per script.
        var nextScript = -2;
        var nextStyle = -2;
        while (true)
        {
            nextScript = nextScript is -1 || nextScript >= searchFrom ? nextScript : TagStart(html, "<script", searchFrom);
            nextStyle = nextStyle is -1 || nextStyle >= searchFrom ? nextStyle : TagStart(html, "<style", searchFrom);
            var open = NextOpening(nextScript, nextStyle, out var tag);
            if (open < 0)
            {
                break;
            }

            var openEnd = html.IndexOf('>', open);
            if (openEnd < 0)
            {
                break;
            }

            var close = html.IndexOf(tag == "script" ? "</script" : "</style", openEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }

            var opening = html.AsSpan(open, openEnd - open);
            if (tag == "script" && opening.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                searchFrom = close + tag.Length + 2;
                continue;
            }

            kept ??= [];
            kept.Add(position..(openEnd + 1));
            position = close;
            searchFrom = close + tag.Length + 2;
        }

        if (kept is null)
        {
            return html;
        }

        kept.Add(position..);
        var length = 0;
        foreach (var part in kept)
        {
            length += part.GetOffsetAndLength(html.Length).Length;
        }

        return string.Create(length, (html, kept), static (span, state) =>
        {
            foreach (var part in state.kept)
            {
                var text = state.html.AsSpan(part);
                text.CopyTo(span);
                span = span[text.Length..];
            }
        });
    }

    private static int NextOpening(int script, int style, out string tag)
    {
        if (script < 0 && style < 0)
        {
            tag = string.Empty;
            return -1;
        }

        if (style < 0 || (script >= 0 && script < style))
        {
            tag = "script";
            return script;
        }

        tag = "style";
        return style;
    }

    /// <summary>The next "&lt;name" that is a whole tag name, not the start of a longer word ("&lt;scripts").</summary>
    private static int TagStart(string html, string opening, int from)
    {
        for (var at = html.IndexOf(opening, from, StringComparison.OrdinalIgnoreCase); at >= 0; at = html.IndexOf(opening, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var next = at + opening.Length;
            if (next >= html.Length || char.IsWhiteSpace(html[next]) || html[next] is '>' or '/')
            {
                return at;
            }
        }

        return -1;
    }
}
