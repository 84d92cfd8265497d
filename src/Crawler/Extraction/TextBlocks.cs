using System.Text;
using AngleSharp.Dom;

namespace Pipeline.Crawler.Extraction;

/// <summary>Small DOM text helpers shared by the extraction steps.</summary>
internal static class TextBlocks
{
    /// <summary>The element's text with whitespace collapsed to single spaces.</summary>
    public static string CleanText(INode node) => Collapse(node.TextContent);

    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Share of the element's text that sits inside links.</summary>
    public static double LinkDensity(IElement element, int textLength)
    {
        if (textLength == 0)
        {
            return 0;
        }

        var linked = element.QuerySelectorAll("a").Sum(a => Collapse(a.TextContent).Length);
        return Math.Min(1.0, (double)linked / textLength);
    }

    /// <summary>The class and id of an element, for furniture matching.</summary>
    public static string ClassAndId(IElement element) =>
        string.Concat(element.GetAttribute("class") ?? string.Empty, " ", element.Id ?? string.Empty);
}
