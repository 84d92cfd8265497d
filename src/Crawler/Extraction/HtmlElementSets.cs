namespace Pipeline.Crawler.Extraction;

/// <summary>The element categories of the WHATWG tree-construction rules that decide how deep a page nests.</summary>
internal static class HtmlElementSets
{
    /// <summary>Elements without content: they never stay open.</summary>
    public static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "image",
    };

    /// <summary>Elements whose content is text up to their end tag (scripting off, so noscript is not one).</summary>
    public static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
    };

    /// <summary>The "special" category: an end tag of another element stops at them.</summary>
    public static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button", "caption",
        "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer",
        "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
        "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript",
        "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary",
        "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp",
    };

    /// <summary>Start tags that close an open p element first.</summary>
    public static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul",
        "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "plaintext", "xmp", "table", "hr", "li", "dd", "dt",
    };

    /// <summary>Formatting elements, which the parser reopens after they are closed implicitly.</summary>
    public static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>Elements that put a marker on the list of active formatting elements.</summary>
    public static readonly HashSet<string> Marker = new(StringComparer.Ordinal)
    {
        "applet", "object", "marquee", "template", "td", "th", "caption",
    };

    /// <summary>Barriers of the default scope (plus button, list item and table variants by name).</summary>
    public static readonly HashSet<string> ScopeBarrier = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
    };

    /// <summary>Where SVG and MathML content holds HTML again.</summary>
    public static readonly HashSet<string> IntegrationPoint = new(StringComparer.Ordinal)
    {
        "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
    };

    /// <summary>HTML start tags that end SVG or MathML content.</summary>
    public static readonly HashSet<string> BreaksOutOfForeign = new(StringComparer.Ordinal)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small",
        "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    };

    /// <summary>Elements that only mean something inside a table; elsewhere the parser ignores them.</summary>
    public static readonly HashSet<string> TablePart = new(StringComparer.Ordinal)
    {
        "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th",
    };

    /// <summary>End tags that close the nearest element of their name in table scope.</summary>
    public static readonly HashSet<string> TableScoped = new(StringComparer.Ordinal)
    {
        "table", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th",
    };

    /// <summary>Whether a name is h1 to h6, which close one another.</summary>
    /// <param name="name">A lower-case tag name.</param>
    /// <returns>True for a heading.</returns>
    public static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';
}
