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

    // Matched against local names, which the parser lower-cases for HTML elements.
    private static readonly HashSet<string> BlockLevel = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "ul", "ol", "li", "table", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "figure", "figcaption", "header", "footer", "aside", "nav", "form", "dl", "dt", "dd", "hr",
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

            if (!HasBlockChild(element))
            {
                if (element.LocalName == "div" && TextBlocks.TextLength(element) >= MinParagraphLength)
                {
                    var paragraph = document.CreateElement("p");
                    foreach (var attribute in element.Attributes.ToArray())
                    {
                        CopyAttribute(attribute, paragraph);
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

    /// <summary>
    /// Copies one attribute; a name the HTML parser accepts but the DOM refuses to set (<c>id"x"</c>, from a missing
    /// "=") is left behind: only class and id matter to what follows, and those names are always valid.
    /// </summary>
    private static void CopyAttribute(IAttr attribute, IElement target)
    {
        try
        {
            target.SetAttribute(attribute.Name, attribute.Value);
        }
        catch (DomException ex) when (ex.Code == (int)DomError.InvalidCharacter)
        {
            // Dropped, as above.
        }
    }

    private static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (BlockLevel.Contains(child.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private static void WrapInlineRuns(IDocument document, IElement element)
    {
        var run = new List<INode>();

        // Wrapping moves the run's nodes, so the children are taken first; and AngleSharp finds a next sibling by
        // searching the parent's children, which would make following siblings quadratic.
        foreach (var child in element.ChildNodes.ToArray())
        {
            if (child is IElement block && BlockLevel.Contains(block.LocalName))
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
        if (TextBlocks.TextLength(run) < MinParagraphLength)
        {
            return;
        }

        var paragraph = document.CreateElement("p");
        // The run ends before the block, or at the parent's end (inserting before nothing appends).
        parent.InsertBefore(paragraph, before);
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

        // Pages repeat a few class names over thousands of elements: each name is matched once.
        var furnitureNames = new Dictionary<string, bool>(StringComparer.Ordinal);
        var headlines = body.QuerySelectorAll("h1");
        RemoveNamed(body);
        RemoveHeadedBlocks(body, Protected);

        // In document order; what a removed element holds left the page with it and is not looked at.
        void RemoveNamed(IElement parent)
        {
            // By index, stepping back after a removal: AngleSharp finds a next sibling by searching the parent's children.
            var children = parent.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is not IElement element)
                {
                    continue;
                }

                if (IsNamedFurniture(element, furnitureNames) && element.LocalName is not ("article" or "main" or "h1") && !Protected(element)
                    && !HoldsAny(element, headlines))
                {
                    element.Remove();
                    i--;
                    continue;
                }

                RemoveNamed(element);
            }
        }
    }

    private static bool IsNamedFurniture(IElement element, Dictionary<string, bool> furnitureNames)
    {
        var className = element.GetAttribute("class");
        var id = element.Id;

        // A class and an id are matched apart: no furniture word spans the space that would join them.
        return (!string.IsNullOrEmpty(id) && BoilerplateLexicon.IsFurnitureName(id))
            || (!string.IsNullOrEmpty(className) && IsFurnitureClass(className, furnitureNames));
    }

    private static bool HoldsAny(IElement element, IHtmlCollection<IElement> descendants)
    {
        foreach (var descendant in descendants)
        {
            if (element.Contains(descendant))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFurnitureClass(string className, Dictionary<string, bool> known)
    {
        if (!known.TryGetValue(className, out var furniture))
        {
            furniture = BoilerplateLexicon.IsFurnitureName(className);
            known[className] = furniture;
        }

        return furniture;
    }

    private static int ParagraphText(IElement root) =>
        root.QuerySelectorAll("p").Sum(p => { var length = TextBlocks.TextLength(p); return length >= MinParagraphLength ? length : 0; });

    /// <summary>The element holding the most paragraph text, or null when the page has none.</summary>
    public static IElement? FindContainer(IDocument document)
    {
        var explicitBody = document.QuerySelector("[itemprop=articleBody]");
        if (explicitBody is not null && TextBlocks.TextLength(explicitBody) >= 200)
        {
            return explicitBody;
        }

        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            var length = TextBlocks.TextLength(paragraph, out var linked);
            if (length < MinParagraphLength)
            {
                continue;
            }

            var score = length * (1 - Math.Min(1.0, (double)linked / length));
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
        // Candidates share ancestors; each element's name is weighed once.
        var nameWeights = new Dictionary<IElement, double>();
        double NameWeight(IElement element)
        {
            if (!nameWeights.TryGetValue(element, out var weight))
            {
                weight = BoilerplateLexicon.ContainerWeight(TextBlocks.ClassAndId(element));
                nameWeights[element] = weight;
            }

            return weight;
        }

        var best = scores.MaxBy(kv => kv.Value * Weight(kv.Key, headline, NameWeight)).Key;
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
            // By tag name, not by selector: a tag the parser accepted ("h2<table") is no valid selector.
            var wrapper = container.ParentElement?.ParentElement;
            var alike = document.GetElementsByTagName(container.LocalName)
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

            var length = TextBlocks.TextLength(sibling, out var linked);
            var links = Math.Min(1.0, (double)linked / Math.Max(1, length));
            var continues = sibling.TagName == "P"
                ? length >= 80 && links < 0.25
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
        var length = TextBlocks.TextLength(element, out var linked);
        return linked < 0.3 * Math.Max(1, length) && TextScore(element) >= threshold;
    }

    private static double TextScore(IElement element) =>
        element.QuerySelectorAll("p").Sum(p =>
        {
            var length = TextBlocks.TextLength(p, out var linked);
            return length < MinParagraphLength ? 0 : length * (1 - Math.Min(1.0, (double)linked / length));
        });



    /// <summary>
    /// Prior for a candidate: its own class (article/content up, comment/related down), a penalty when it sits
    /// inside a comment or related block, and a boost when it is near the headline, where article bodies start.
    /// </summary>
    private static double Weight(IElement candidate, IElement? headline, Func<IElement, double> nameWeight)
    {
        var weight = nameWeight(candidate);
        for (var ancestor = candidate.ParentElement; ancestor is not null && ancestor.LocalName != "body"; ancestor = ancestor.ParentElement)
        {
            if (nameWeight(ancestor) < 1)
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

            var text = TextBlocks.Measure(element, out var linked);
            if (text.Length == 0 || linked > 0.5 * text.Length)
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
        foreach (var item in block.Children.Skip(1))
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

    /// <summary>At most two children, none of which has children of its own.</summary>
    private static bool IsSmall(IElement element)
    {
        if (element.ChildElementCount > 2)
        {
            return false;
        }

        foreach (var child in element.Children)
        {
            if (child.FirstElementChild is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static void RemoveHeadedBlocks(IElement body, Func<IElement, bool> isProtected)
    {
        // Only small elements can be headings: checked by shape first, so wrappers' whole text is never built.
        var headings = body.QuerySelectorAll("h2,h3,h4,h5,h6,strong,b,span,div,p,header")
            .Where(e => IsSmall(e) && TextBlocks.TextLength(e) <= BoilerplateLexicon.MaxHeadingLength && BoilerplateLexicon.IsBlockHeading(TextBlocks.CleanText(e)))
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
                && TextBlocks.TextLength(next, out var linkedInNext) is var nextLength && linkedInNext > 0.3 * Math.Max(1, nextLength))
            {
                next.Remove();
            }

            heading.Remove();
        }
    }

}
