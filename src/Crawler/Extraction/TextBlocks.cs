using System.Text;
using AngleSharp.Dom;

namespace Pipeline.Crawler.Extraction;

/// <summary>Small DOM text helpers shared by the extraction steps.</summary>
internal static class TextBlocks
{
    /// <summary>Elements whose edges separate words: text on either side of them never runs together.</summary>
    private static readonly HashSet<string> Separating = new(StringComparer.Ordinal)
    {
        "br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption",
        "blockquote", "pre", "address", "hr",
    };

    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    /// <summary>
    /// The element's text with whitespace collapsed to single spaces. Line breaks and block edges count as
    /// whitespace, so "Hà Nội&lt;br&gt;Huế" and "&lt;div&gt;Hoàng Lê&lt;/div&gt;&lt;time&gt;19:25&lt;/time&gt;" keep their words apart.
    /// </summary>
    public static string CleanText(INode node) => Measure(node, out _);

    /// <summary>The node's clean text, and how many of its characters sit inside links, in one walk.</summary>
    /// <param name="node">The subtree.</param>
    /// <param name="linked">Characters of the clean text inside &lt;a&gt; elements.</param>
    /// <returns>The clean text, as <see cref="CleanText"/>.</returns>
    public static string Measure(INode node, out int linked)
    {
        var builder = cachedBuilder ?? new StringBuilder(256);
        cachedBuilder = null;
        builder.Clear();
        var state = new WalkState(builder);
        if (node is IText text)
        {
            state.Append(text.Data);
        }
        else
        {
            if (node is IElement { LocalName: "a" })
            {
                state.EnterLink();
            }

            Walk(node, ref state);
        }

        linked = state.Linked;
        var result = builder.ToString();
        if (builder.Capacity <= 64 * 1024)
        {
            cachedBuilder = builder;
        }

        return result;
    }

    /// <summary>The length of <see cref="CleanText"/>, without building the text.</summary>
    public static int TextLength(INode node) => TextLength(node, out _);

    /// <summary>The length of <see cref="CleanText"/> and of its linked part, without building the text.</summary>
    public static int TextLength(INode node, out int linked)
    {
        var state = new WalkState(null);
        Read(node, ref state);
        linked = state.Linked;
        return state.Length;
    }

    /// <summary>The clean length of several sibling nodes read as one text.</summary>
    public static int TextLength(IEnumerable<INode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var state = new WalkState(null);
        foreach (var node in nodes)
        {
            Read(node, ref state);
        }

        return state.Length;
    }

    private static void Read(INode node, ref WalkState state)
    {
        switch (node)
        {
            case IText text:
                state.Append(text.Data);
                break;
            case IElement element when Separating.Contains(element.LocalName):
                state.Space();
                Walk(element, ref state);
                state.Space();
                break;
            case IElement { LocalName: "a" } link when state.Link == 0:
                state.EnterLink();
                Walk(link, ref state);
                state.LeaveLink();
                break;
            default:
                Walk(node, ref state);
                break;
        }
    }

    private static void Walk(INode parent, ref WalkState state)
    {
        // By index: AngleSharp finds a node's next sibling by searching its parent's children, so following siblings
        // would make a parent with many children quadratic.
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            switch (child)
            {
                case IText text:
                    state.Append(text.Data);
                    break;
                case IElement element:
                    var name = element.LocalName;
                    var separates = Separating.Contains(name);
                    if (separates)
                    {
                        state.Space();
                    }

                    if (name == "a" && state.Link == 0)
                    {
                        state.EnterLink();
                        Walk(element, ref state);
                        state.LeaveLink();
                    }
                    else
                    {
                        Walk(element, ref state);
                    }

                    if (separates)
                    {
                        state.Space();
                    }

                    break;
            }
        }
    }

    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var state = new WalkState(builder);
        state.Append(text);
        return builder.ToString();
    }

    /// <summary>Share of the element's text that sits inside links.</summary>
    public static double LinkDensity(IElement element, int textLength)
    {
        if (textLength == 0)
        {
            return 0;
        }

        Measure(element, out var linked);
        return Math.Min(1.0, (double)linked / textLength);
    }

    /// <summary>The class and id of an element, for furniture matching.</summary>
    public static string ClassAndId(IElement element) =>
        string.Concat(element.GetAttribute("class") ?? string.Empty, " ", element.Id ?? string.Empty);

    /// <summary>
    /// Appends text collapsing whitespace: no leading or trailing space, one space between words. Without a
    /// builder it only counts.
    /// </summary>
    private struct WalkState(StringBuilder? builder)
    {
        private bool pendingSpace;
        private int links;
        private int lastLink;

        public int Linked { get; private set; }

        public int Length { get; private set; }

        /// <summary>The link being read (numbered from 1), or 0 outside links.</summary>
        public int Link { get; private set; }

        public void EnterLink() => Link = ++links;

        public void LeaveLink() => Link = 0;

        public void Space() => pendingSpace = Length > 0;

        public void Append(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    builder?.Append(' ');
                    Length++;
                    pendingSpace = false;

                    // A space between two words of one link is that link's text; one between two links is not.
                    Linked += Link != 0 && lastLink == Link ? 1 : 0;
                }

                builder?.Append(c);
                Length++;
                Linked += Link != 0 ? 1 : 0;
                lastLink = Link;
            }
        }
    }
}
