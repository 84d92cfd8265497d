using AngleSharp.Dom;

namespace Pipeline.Crawler.Extraction;

/// <summary>
/// Finds the article's own blocks: strips page furniture (menus, related-news lists, comments,
/// share bars), scores containers by the paragraph text they hold, and reads the winner's blocks.
/// </summary>
internal static class MainTextFinder
{
    private const int MinParagraphLength = 25;

    private static readonly string[] Removed =
    [
        "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "input", "textarea",
        "nav", "footer", "aside", "object", "embed", "canvas",
    ];

    private static readonly string RemovedSelector = string.Join(',', Removed);

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "H2", "H3", "H4", "H5", "H6", "LI", "FIGCAPTION", "BLOCKQUOTE", "PRE", "TR",
    };

    private static readonly HashSet<string> BlockLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "UL", "OL", "LI", "TABLE", "TBODY", "TR", "TD", "TH", "H1", "H2", "H3", "H4", "H5", "H6",
        "BLOCKQUOTE", "PRE", "FIGURE", "FIGCAPTION", "HEADER", "FOOTER", "ASIDE", "NAV", "FORM", "DL", "DT", "DD", "HR",
    };

    /// <summary>
    /// Many pages write paragraphs as divs ("zn-body__paragraph") or as bare text separated by &lt;br&gt;.
    /// Divs without block children become paragraphs, and runs of text and inline elements between blocks
    /// are wrapped in paragraphs, so scoring and reading see every paragraph the same way.
    /// </summary>
    public static void NormalizeParagraphs(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return;
        }

        foreach (var element in body.QuerySelectorAll("div, section, td").ToArray())
        {
            if (element.Parent is null)
            {
                continue;
            }

            if (!element.Children.Any(c => BlockLevel.Contains(c.TagName)))
            {
                if (TextBlocks.CleanText(element).Length >= MinParagraphLength && element.LocalName == "div")
                {
                    var paragraph = document.CreateElement("p");
                    foreach (var attribute in element.Attributes.ToArray())
                    {
                        paragraph.SetAttribute(attribute.Name, attribute.Value);
                    }

                    while (element.FirstChild is { } child)
                    {
                        paragraph.AppendChild(child);
                    }

                    element.Replace(paragraph);
                }

                continue;
            }

            WrapInlineRuns(document, element);
        }
    }

    private static void WrapInlineRuns(IDocument document, IElement element)
    {
        var run = new List<INode>();
        foreach (var child in element.ChildNodes.ToArray())
        {
            if (child is IElement block && BlockLevel.Contains(block.TagName))
            {
                Wrap(document, element, run, block);
                run.Clear();
            }
            else
            {
                run.Add(child);
            }
        }

        Wrap(document, element, run, null);
    }

    private static void Wrap(IDocument document, IElement parent, List<INode> run, INode? before)
    {
        var text = TextBlocks.Collapse(string.Concat(run.Select(TextBlocks.CleanText)));
        if (text.Length < MinParagraphLength)
        {
            return;
        }

        var paragraph = document.CreateElement("p");
        parent.InsertBefore(paragraph, before ?? run[^1].NextSibling);
        foreach (var node in run)
        {
            paragraph.AppendChild(node);
        }
    }

    /// <summary>
    /// Removes everything that is never article text. Mutates <paramref name="document"/>. A preliminary
    /// container is chosen first; it and its ancestors are never removed, however their classes are named
    /// ("Page-ad-margins", "container penci_sidebar", "l-sidebar-fixed l-article-body-segment") or wherever an
    /// inline "Related" heading sits.
    /// </summary>
    public static void RemoveFurniture(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return;
        }

        var pageText = new Lazy<int>(() => ParagraphText(body));
        foreach (var element in document.QuerySelectorAll(RemovedSelector).ToArray())
        {
            // Some sites wrap the whole page in a form (ASP.NET) or the article in an aside: those stay.
            if (element.Parent is not null && (element.LocalName is not ("form" or "aside" or "footer") || ParagraphText(element) * 2 < pageText.Value))
            {
                element.Remove();
            }
        }

        var protectedContainer = FindContainer(document);
        bool Protected(IElement element) => protectedContainer is not null && element.Contains(protectedContainer);
        foreach (var element in body.QuerySelectorAll("*").ToArray())
        {
            if (element.Parent is null || element.LocalName is "article" or "main" or "h1" || Protected(element))
            {
                continue;
            }

            if (BoilerplateLexicon.IsFurnitureName(TextBlocks.ClassAndId(element)) && element.QuerySelector("h1") is null)
            {
                element.Remove();
            }
        }

        RemoveHeadedBlocks(body, Protected);
    }

    private static int ParagraphText(IElement root) =>
        root.QuerySelectorAll("p").Sum(p => { var length = TextBlocks.CleanText(p).Length; return length >= MinParagraphLength ? length : 0; });

    /// <summary>The element holding the most paragraph text, or null when the page has none.</summary>
    public static IElement? FindContainer(IDocument document)
    {
        var explicitBody = document.QuerySelector("[itemprop=articleBody]");
        if (explicitBody is not null && TextBlocks.CleanText(explicitBody).Length >= 200)
        {
            return explicitBody;
        }

        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            var length = TextBlocks.CleanText(paragraph).Length;
            if (length < MinParagraphLength)
            {
                continue;
            }

            var score = length * (1 - TextBlocks.LinkDensity(paragraph, length));
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grandParent)
                {
                    scores[grandParent] = scores.GetValueOrDefault(grandParent) + (score / 2);
                }
            }
        }

        if (scores.Count == 0)
        {
            return null;
        }

        var headline = document.Body?.QuerySelector("h1");
        var best = scores.MaxBy(kv => kv.Value * Weight(kv.Key, headline)).Key;
        // A paragraph can win when converted divs nest; its parent is the container.
        return best.TagName == "P" && best.ParentElement is { } container ? container : best;
    }

    /// <summary>
    /// The container and those of its siblings that continue the article: bodies split by figures, pull quotes
    /// or ad slots into several blocks. A sibling joins when it scores at least a fifth of the container, or is
    /// a plain paragraph of real text.
    /// </summary>
    public static IReadOnlyList<IElement> WithContinuations(IElement container)
    {
        // Bodies split into repeated blocks of one class ("body__inner-container") anywhere in the page.
        var className = container.GetAttribute("class");
        if (!string.IsNullOrWhiteSpace(className) && container.Owner is { } document)
        {
            // Blocks of one body are cousins under one wrapper and may hold one short paragraph each; alike blocks
            // elsewhere in the page must weigh something to join.
            var least = Math.Max(100, TextScore(container) * 0.1);
            var wrapper = container.ParentElement?.ParentElement;
            var alike = document.QuerySelectorAll(container.LocalName)
                .Where(e => e.GetAttribute("class") == className && (e == container || IsContinuation(e, wrapper is not null && wrapper.Contains(e) ? 1 : least)))
                .ToList();
            alike = alike.Where(e => !alike.Any(other => other != e && other.Contains(e))).ToList();
            if (alike.Count > 1)
            {
                return alike;
            }
        }

        var parent = container.ParentElement;
        if (parent is null || parent.LocalName == "body")
        {
            return [container];
        }

        var threshold = Math.Max(100, TextScore(container) * 0.2);
        var parts = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == container)
            {
                parts.Add(sibling);
                continue;
            }

            var text = TextBlocks.CleanText(sibling);
            var links = TextBlocks.LinkDensity(sibling, Math.Max(1, text.Length));
            var continues = sibling.TagName == "P"
                ? text.Length >= 80 && links < 0.25
                : links < 0.3 && TextScore(sibling) * BoilerplateLexicon.ContainerWeight(TextBlocks.ClassAndId(sibling)) >= threshold;
            if (continues)
            {
                parts.Add(sibling);
            }
        }

        return parts;
    }

    private static bool IsContinuation(IElement element, double threshold)
    {
        var text = TextBlocks.CleanText(element);
        return TextBlocks.LinkDensity(element, Math.Max(1, text.Length)) < 0.3 && TextScore(element) >= threshold;
    }

    private static double TextScore(IElement element) =>
        element.QuerySelectorAll("p").Sum(p =>
        {
            var length = TextBlocks.CleanText(p).Length;
            return length < MinParagraphLength ? 0 : length * (1 - TextBlocks.LinkDensity(p, length));
        });



    /// <summary>
    /// Prior for a candidate: its own class (article/content up, comment/related down), a penalty when it sits
    /// inside a comment or related block, and a boost when it is near the headline, where article bodies start.
    /// </summary>
    private static double Weight(IElement candidate, IElement? headline)
    {
        var weight = BoilerplateLexicon.ContainerWeight(TextBlocks.ClassAndId(candidate));
        for (var ancestor = candidate.ParentElement; ancestor is not null && ancestor.LocalName != "body"; ancestor = ancestor.ParentElement)
        {
            if (BoilerplateLexicon.ContainerWeight(TextBlocks.ClassAndId(ancestor)) < 1)
            {
                weight *= 0.5;
                break;
            }
        }

        if (headline is not null)
        {
            var steps = 0;
            for (var ancestor = candidate; ancestor is not null && steps <= 3; ancestor = ancestor.ParentElement, steps++)
            {
                if (ancestor.Contains(headline))
                {
                    weight *= 1.5;
                    break;
                }
            }
        }

        return weight;
    }

    /// <summary>The container's blocks in document order, without nested repeats or link lists; see <see cref="CutAtEndMarker"/> for what follows the article.</summary>
    public static List<ArticleParagraph> ReadBlocks(IElement container)
    {
        var blocks = new List<ArticleParagraph>();
        if (container.TagName == "P")
        {
            // A body written as one text block with line breaks became a single paragraph.
            var whole = TextBlocks.CleanText(container);
            return whole.Length == 0 ? blocks : [new ArticleParagraph(whole)];
        }

        var taken = new HashSet<IElement>();
        foreach (var element in container.QuerySelectorAll("*"))
        {
            if (!BlockTags.Contains(element.TagName) || HasTakenAncestor(element, container, taken))
            {
                continue;
            }

            if (element.TagName == "LI" && element.QuerySelector("p") is not null)
            {
                continue;
            }

            var text = TextBlocks.CleanText(element);
            if (text.Length == 0 || TextBlocks.LinkDensity(element, text.Length) > 0.5)
            {
                continue;
            }

            taken.Add(element);
            blocks.Add(new ArticleParagraph(text, KindOf(element, text)));
        }

        return Clean(blocks);
    }

    /// <summary>Drops what page scripts and galleries leave behind: bare addresses, repeated captions, interface words.</summary>
    private static List<ArticleParagraph> Clean(List<ArticleParagraph> blocks)
    {
        var kept = new List<ArticleParagraph>(blocks.Count);
        foreach (var block in blocks)
        {
            var text = block.Text;
            if (BoilerplateLexicon.IsInterfaceText(text) || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal)))
            {
                continue;
            }

            // Galleries print a caption twice in a row; a line repeated further apart (a recipe step) is content.
            if (kept.Count > 0 && kept[^1].Text == text)
            {
                continue;
            }

            kept.Add(IsCredit(text) ? block with { Kind = ParagraphKind.Caption } : block);
        }

        return kept;
    }

    private static bool IsCredit(string text) =>
        text.Length <= 200 && (text.StartsWith("Photo:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Credit:", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Foto:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Image:", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Ảnh:", StringComparison.Ordinal) || text.StartsWith("Nguồn ảnh:", StringComparison.Ordinal));

    /// <summary>
    /// Drops a trailing block that starts with an end-of-article marker ("Explore further", "Most read in ...",
    /// "Tin liên quan", a copyright notice) and everything after it, when most of the text comes before it,
    /// so a marker inside a long body's first half cannot cut the article short.
    /// </summary>
    /// <remarks>Applied to the blocks of all the body's parts together: the marker often opens a part of its own.</remarks>
    public static List<ArticleParagraph> CutAtEndMarker(List<ArticleParagraph> blocks)
    {
        var total = blocks.Sum(b => b.Text.Length);
        var before = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (before >= total / 2 && BoilerplateLexicon.IsEndMarker(blocks[i].Text))
            {
                return blocks[..i];
            }

            before += blocks[i].Text.Length;
        }

        return blocks;
    }

    private static ParagraphKind KindOf(IElement element, string text)
    {
        var ownClass = element.GetAttribute("class") ?? string.Empty;
        if (element.TagName == "FIGCAPTION" || element.Closest("figure, figcaption") is not null
            || ownClass.Contains("caption", StringComparison.OrdinalIgnoreCase) || ownClass.Contains("credit", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Ảnh:", StringComparison.Ordinal) || text.StartsWith("Ảnh minh họa", StringComparison.Ordinal))
        {
            return ParagraphKind.Caption;
        }

        return element.TagName switch
        {
            "LI" => ParagraphKind.ListItem,
            "H2" or "H3" or "H4" or "H5" or "H6" => ParagraphKind.Heading,
            _ => ParagraphKind.Paragraph,
        };
    }

    private static bool HasTakenAncestor(IElement element, IElement container, HashSet<IElement> taken)
    {
        for (var parent = element.ParentElement; parent is not null && parent != container; parent = parent.ParentElement)
        {
            if (taken.Contains(parent))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A heading followed only by items of one kind ("You may like" and seven teaser articles): a list, even where
    /// the teasers' text outweighs the article and the preliminary container fell on the list.
    /// </summary>
    private static bool IsHeadedList(IElement block, IElement heading)
    {
        if (block.FirstElementChild != heading || block.QuerySelector("h1") is not null)
        {
            return false;
        }

        // Empty slots (ad placeholders, widget mounts) between or after the items do not count.
        string? kind = null;
        var items = 0;
        for (var item = heading.NextElementSibling; item is not null; item = item.NextElementSibling)
        {
            if (string.IsNullOrWhiteSpace(item.TextContent))
            {
                continue;
            }

            if (item.LocalName == "p" || (kind is not null && item.LocalName != kind))
            {
                return false;
            }

            kind = item.LocalName;
            items++;
        }

        return items >= 2;
    }

    private static void RemoveHeadedBlocks(IElement body, Func<IElement, bool> isProtected)
    {
        // Only small elements can be headings: checked by shape first, so wrappers' whole text is never built.
        var headings = body.QuerySelectorAll("h2,h3,h4,h5,h6,strong,b,span,div,p,header")
            .Where(e => e.ChildElementCount <= 2 && e.Children.All(c => c.ChildElementCount == 0) && BoilerplateLexicon.IsBlockHeading(TextBlocks.CleanText(e)))
            .ToArray();
        foreach (var heading in headings)
        {
            if (heading.Parent is null)
            {
                continue;
            }

            var block = heading.ParentElement;
            if (block is not null && block != body && IsHeadedList(block, heading))
            {
                block.Remove();
                continue;
            }

            if (block is not null && block != body && !isProtected(block))
            {
                var blockText = TextBlocks.Measure(block, out var linked);
                if (blockText.Length < 1500 || linked > blockText.Length * 0.3)
                {
                    block.Remove();
                    continue;
                }
            }

            // The heading sits inside the article: drop it and the link list it introduces, keep the rest.
            if (heading.NextElementSibling is { } next && next.LocalName is "ul" or "ol" or "div" or "section"
                && TextBlocks.LinkDensity(next, Math.Max(1, TextBlocks.CleanText(next).Length)) > 0.3)
            {
                next.Remove();
            }

            heading.Remove();
        }
    }

}
