using AngleSharp.Dom;

namespace Pipeline.Crawler.Extraction;

/// <summary>Finds the date the article's header shows: a &lt;time datetime&gt;, a date-classed element, or a short line under the headline.</summary>
internal static class BylineFinder
{
    private const int MaxBylineLength = 80;

    /// <summary>The header's date, from the outlet's hinted element when it parses, else found near the headline.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="headline">The article's h1, if any.</param>
    /// <param name="hinted">The element the outlet's date hint selects, if any.</param>
    /// <returns>"time" for a machine-readable header time, "byline" for text; null when the header shows no date.</returns>
    public static DateCandidate? Find(IDocument document, IElement? headline, IElement? hinted)
    {
        if (hinted is not null && PageDates.ReadByline(hinted.TextContent) is { } fromHint)
        {
            return new DateCandidate("byline", fromHint);
        }

        // Only the article's own header area: dates in related-news lists belong to other articles.
        var scope = headline?.ParentElement ?? document.QuerySelector("article") ?? document.Body;
        if (scope is null)
        {
            return null;
        }

        foreach (var time in scope.QuerySelectorAll("time[datetime]"))
        {
            if (PageDates.ReadMachineDate(time.GetAttribute("datetime")) is { } value)
            {
                return new DateCandidate("time", value);
            }
        }

        foreach (var element in scope.QuerySelectorAll("[class*=date],[class*=time],[class*=byline],[class*=meta],[class*=publish]"))
        {
            // A byline is a small element; a big wrapper whose class says "meta" would only cost time and mislead.
            if (element.ChildElementCount <= 6 && PageDates.ReadByline(element.TextContent) is { } value)
            {
                return new DateCandidate("byline", value);
            }
        }

        // Bylines sit right under the headline whatever their class is called ("ngay", "info", ...).
        var anchor = headline?.ParentElement is { LocalName: "div", Children.Length: 1 } wrapper ? wrapper : headline;
        var sibling = anchor?.NextElementSibling;
        for (var n = 0; sibling is not null && n < 3; sibling = sibling.NextElementSibling, n++)
        {
            if (TextBlocks.TextLength(sibling) <= MaxBylineLength && PageDates.ReadByline(sibling.TextContent) is { } value)
            {
                return new DateCandidate("byline", value);
            }
        }

        return null;
    }
}
