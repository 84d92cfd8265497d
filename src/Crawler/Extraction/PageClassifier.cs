using AngleSharp.Dom;

namespace Pipeline.Crawler.Extraction;

/// <summary>
/// Tells articles from listings (homepages, section, tag pages), which often declare og:type=article and
/// carry NewsArticle JSON-LD all the same, so only the page's shape counts. The rule:
/// <list type="number">
/// <item>A main-text block, at least 3 real paragraphs of 500 characters together or 800 characters in fewer
/// (a body written as one block with line breaks), makes the page an article whatever else it lists: article
/// pages carry related-news teasers and menus too. Real paragraphs are paragraphs of the extracted text of 40
/// characters or more that are not a teaser's description, which is at most 500 characters.</item>
/// <item>Otherwise each listing signal scores a point: a teaser grid (6 or more small blocks of one linked
/// headline and a short description), linked headlines (8 or more headings that are links), link density
/// (over half of the text left after stripping furniture sits in links), a listing address (the site root, a
/// section, tag or category path) and no main text (under 150 characters of real paragraphs). Some main text
/// (a short article) takes a point off.</item>
/// <item>Two points or more make a listing; the reason names the signals that fired.</item>
/// </list>
/// </summary>
internal static class PageClassifier
{
    private const int MainBlockParagraphs = 3;
    private const int MainBlockLength = 500;
    private const int LongMainText = 800;
    private const int MinMainText = 150;
    private const int MinRealParagraph = 40;
    private const int TeaserGrid = 6;
    private const int ManyHeadlines = 8;
    private const double LinkHeavy = 0.5;
    private const int MinLinksForDensity = 10;
    private const int ListingScore = 2;

    // A headline is a sentence, not "Xem thêm"; a teaser is small, its description a sentence or two.
    private const int MinHeadlineLength = 15;
    private const int MaxHeadlineLength = 250;
    private const int MinDescription = 20;
    private const int MaxDescription = 500;
    private const int MaxTeaserLength = 700;
    private const int MaxTeaserDepth = 3;

    // Headlines are counted further up than teasers are looked for, so a wrapper of several blocks is never taken for one teaser.
    private const int CountedDepth = 6;

    /// <summary>Counts linked headlines and teasers; call it before furniture is stripped, as listings' blocks are often named like furniture.</summary>
    public static PageSurvey Survey(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return PageSurvey.Empty;
        }

        var headlines = body.QuerySelectorAll("h2, h3, h4, a[class*=title]").Where(IsLinkedHeadline).ToList();
        var headlinesUnder = new Dictionary<IElement, int>();
        foreach (var headline in headlines)
        {
            var ancestor = headline.ParentElement;
            for (var depth = 0; ancestor is not null && depth < CountedDepth; ancestor = ancestor.ParentElement, depth++)
            {
                headlinesUnder[ancestor] = headlinesUnder.GetValueOrDefault(ancestor) + 1;
            }
        }

        var teasers = 0;
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var nextOf = new Dictionary<IElement, IElement?>();
        foreach (var headline in headlines)
        {
            var description = Description(headline, body, headlinesUnder, nextOf);
            if (description is not null)
            {
                teasers++;
                texts.UnionWith(description);
            }
        }

        return new PageSurvey(headlines.Count, teasers, texts);
    }

    /// <summary>Classifies the page from its survey, the extracted paragraphs and its address.</summary>
    /// <param name="survey">The survey taken before furniture was stripped.</param>
    /// <param name="document">The page after furniture was stripped.</param>
    /// <param name="paragraphs">The extracted main text.</param>
    /// <param name="address">The page's canonical address, or the one it was fetched from.</param>
    public static PageVerdict Classify(PageSurvey survey, IDocument document, IReadOnlyList<ArticleParagraph> paragraphs, Uri address)
    {
        var real = paragraphs.Where(p => p.Kind == ParagraphKind.Paragraph && p.Text.Length >= MinRealParagraph && !survey.TeaserTexts.Contains(p.Text)).ToList();
        var realLength = real.Sum(p => p.Text.Length);
        if (realLength >= LongMainText || (real.Count >= MainBlockParagraphs && realLength >= MainBlockLength))
        {
            return PageVerdict.Article;
        }

        var signals = new List<string>();
        if (survey.Teasers >= TeaserGrid)
        {
            signals.Add($"teaser grid ({survey.Teasers} teasers)");
        }

        if (survey.LinkedHeadlines >= ManyHeadlines)
        {
            signals.Add($"linked headlines ({survey.LinkedHeadlines})");
        }

        if (LinkDensity(document) is > LinkHeavy and var density)
        {
            signals.Add($"link density {density:0.00}");
        }

        if (SectionAddress.Describe(address) is { } kind)
        {
            signals.Add($"{kind} ({address.AbsolutePath})");
        }

        var score = signals.Count;
        if (realLength < MinMainText)
        {
            signals.Add($"no main text ({realLength} characters of paragraphs)");
            score++;
        }
        else
        {
            score--;
        }

        return score >= ListingScore ? new PageVerdict(true, "listing page: " + string.Join(", ", signals)) : PageVerdict.Article;
    }

    /// <summary>
    /// The element after <paramref name="element"/>, from one pass over its parent's children: AngleSharp finds a next
    /// sibling by searching the parent, so asking it for every headline of a long flat list would be quadratic.
    /// </summary>
    private static IElement? NextElement(IElement element, IElement parent, Dictionary<IElement, IElement?> nextOf)
    {
        if (!nextOf.TryGetValue(element, out var next))
        {
            IElement? previous = null;
            foreach (var child in parent.Children)
            {
                if (previous is not null)
                {
                    nextOf[previous] = child;
                }

                previous = child;
            }

            if (previous is not null)
            {
                nextOf[previous] = null;
            }

            next = nextOf.GetValueOrDefault(element);
        }

        return next;
    }

    private static bool IsLinkedHeadline(IElement element)
    {
        var length = TextBlocks.TextLength(element);
        if (length is < MinHeadlineLength or > MaxHeadlineLength)
        {
            return false;
        }

        if (element.LocalName == "a")
        {
            return element.HasAttribute("href") && element.Closest("h2, h3, h4") is null;
        }

        if (element.Closest("a[href]") is not null)
        {
            return true;
        }

        var linked = element.QuerySelectorAll("a[href]").Sum(a => TextBlocks.TextLength(a));
        return linked * 10 >= length * 6;
    }

    /// <summary>The texts of the headline's description when it heads a teaser, or null.</summary>
    private static List<string>? Description(IElement headline, IElement body, Dictionary<IElement, int> headlinesUnder, Dictionary<IElement, IElement?> nextOf)
    {
        // The teaser is the largest block around the headline that holds no other headline.
        var teaser = headline;
        var teaserText = TextBlocks.CleanText(headline);
        var headlineLength = teaserText.Length;
        var ancestor = headline.ParentElement;
        for (var depth = 0; ancestor is not null && ancestor != body && depth < MaxTeaserDepth && headlinesUnder.GetValueOrDefault(ancestor) == 1; ancestor = ancestor.ParentElement, depth++)
        {
            // A teaser has one description; a block with two real paragraphs is an article's body, however short.
            // Lengths decide first, so a wrapper around the whole article is never read out as a string.
            if (TextBlocks.TextLength(ancestor) > MaxTeaserLength || ancestor.QuerySelectorAll("p").Count(p => TextBlocks.TextLength(p) >= MinRealParagraph) >= 2)
            {
                break;
            }

            teaser = ancestor;
            teaserText = TextBlocks.CleanText(ancestor);
        }

        if (teaser == headline)
        {
            // A flat list: headline, description, headline, description, ... under one parent.
            if (headline.ParentElement is not { } parent || headlinesUnder.GetValueOrDefault(parent) < 2
                || NextElement(headline, parent, nextOf) is not { } next || next.LocalName is "h2" or "h3" or "h4" || headlinesUnder.ContainsKey(next))
            {
                return null;
            }

            var text = TextBlocks.CleanText(next);
            return text.Length is >= MinDescription and <= MaxDescription ? [text] : null;
        }

        var descriptionLength = teaserText.Length - headlineLength;
        if (descriptionLength is < MinDescription or > MaxDescription)
        {
            return null;
        }

        var texts = teaser.QuerySelectorAll("p").Select(TextBlocks.CleanText).Where(t => t.Length > 0).ToList();
        texts.Add(teaserText);
        return texts;
    }

    private static double LinkDensity(IDocument document)
    {
        var body = document.Body;
        if (body is null || body.QuerySelectorAll("a").Length < MinLinksForDensity)
        {
            return 0;
        }

        var length = TextBlocks.TextLength(body, out var linked);
        return Math.Min(1.0, (double)linked / Math.Max(1, length));
    }
}
