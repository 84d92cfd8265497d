using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Crawler.Urls;

namespace Pipeline.Crawler.Extraction;

/// <summary>Turns one HTML page into an <see cref="ExtractedArticle"/>. Stateless and thread-safe.</summary>
public sealed partial class ArticleExtractor
{
    private const int MinArticleTextLength = 150;
    private const int MaxSignatureLength = 40;
    private const int MaxSignOffLength = 60;
    private const int MaxSignOffWords = 8;
    private const int MinComplexLength = 200_000;

    private static readonly string[] LeadClassNames = ["sapo", "tomtat", "lead", "summary", "chapeau", "description", "excerpt", "standfirst", "teaser", "intro"];

    private static readonly HtmlParserOptions ParserOptions = new() { IsKeepingSourceReferences = false, IsScripting = false };

    // Each parse builds its own tree builder, so one parser serves concurrent callers.
    private readonly HtmlParser parser = new(ParserOptions);
    private readonly TimeProvider timeProvider;
    private readonly TimeSpan budget;

    /// <summary>Creates the extractor.</summary>
    /// <param name="timeProvider">The clock the time budget is measured with; the system clock by default.</param>
    /// <param name="budget">Time allowed per page before a best-effort answer; 2 s by default.</param>
    public ArticleExtractor(TimeProvider? timeProvider = null, TimeSpan? budget = null)
    {
        this.timeProvider = timeProvider ?? TimeProvider.System;
        this.budget = budget ?? TimeSpan.FromSeconds(2);
    }

    /// <summary>Extracts the article, or says why the page is not one. Never throws for bad HTML.</summary>
    /// <param name="html">The decoded page.</param>
    /// <param name="url">The page's address.</param>
    /// <returns>The article record.</returns>
    public ExtractedArticle Extract(string html, Uri url) => Extract(html, url, ExtractionHints.None);

    /// <summary>Extracts the article with per-outlet hints; a hint that matches nothing useful is ignored.</summary>
    /// <param name="html">The decoded page.</param>
    /// <param name="url">The page's address.</param>
    /// <param name="hints">CSS selectors for body, lead and date.</param>
    /// <returns>The article record.</returns>
    public ExtractedArticle Extract(string html, Uri url, ExtractionHints hints)
    {
        ArgumentNullException.ThrowIfNull(hints);
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrWhiteSpace(html))
        {
            return ExtractedArticle.NotAnArticle(url, "empty page");
        }

        var started = timeProvider.GetTimestamp();
        html = HtmlNestingLimiter.Limit(html);
        using var document = parser.ParseDocument(ScriptStripper.Strip(html));
        var metadata = MetadataReader.Read(document);
        var (title, headline) = TitleChooser.Choose(document, metadata);
        var published = PublishedDateChooser.ForPage(metadata, BylineFinder.Find(document, headline, Hinted(document, hints.Date)), url);
        var leadElement = Hinted(document, hints.Lead) ?? FindLeadElement(document);
        var lead = leadElement is null ? null : TextBlocks.CleanText(leadElement);

        // Only a large page can be pathological once nesting is capped; a small one over the budget met a busy
        // machine, and giving it up would lose an ordinary article.
        if (html.Length > MinComplexLength && timeProvider.GetElapsedTime(started) > budget)
        {
            // A pathological page (megabytes on one line, thousands of nested elements): answer now with what is known.
            return ExtractedArticle.NotAnArticle(url, $"page too complex: over the {budget.TotalSeconds:0.#} s budget after parsing") with { Title = title ?? string.Empty, Published = published?.Value, DateSource = published?.Source };
        }

        MainTextFinder.NormalizeParagraphs(document);
        var survey = PageClassifier.Survey(document);
        MainTextFinder.RemoveFurniture(document);
        leadElement?.Remove();
        headline?.Remove();
        var authors = new List<string>();
        foreach (var author in metadata.Authors)
        {
            AddAuthor(authors, author);
        }

        var marked = document.QuerySelectorAll("p[class*=author],div[class*=author],span[class*=author],p[class*=signature],div[class*=signature]").ToArray();
        foreach (var signature in marked)
        {
            // A marked signature line ("MINH AN", "Thu Hà") names the author; it is not article text. A wrapper that
            // holds a marked name too ("author-wrap" around the name and the time) is read through that name.
            if (signature.Parent is null || Array.Exists(marked, other => other != signature && signature.Contains(other)))
            {
                continue;
            }

            if (TextBlocks.TextLength(signature) is > 0 and <= MaxSignatureLength && TextBlocks.CleanText(signature) is var name)
            {
                AddAuthor(authors, name);
                signature.Remove();
            }
        }

        var errorPage = IsErrorPage(document, title);
        var hintedBody = Hinted(document, hints.Body);
        var container = hintedBody is not null && TextBlocks.TextLength(hintedBody) >= MinArticleTextLength ? hintedBody : MainTextFinder.FindContainer(document);
        var containerParagraphs = container?.QuerySelectorAll("p");
        if (containerParagraphs is { Length: > 1 } && containerParagraphs[^1] is var last && LooksLikeSignature(last))
        {
            AddAuthor(authors, TextBlocks.CleanText(last));
            last.Remove();
        }

        var parts = container is null ? [] : MainTextFinder.WithContinuations(container);
        var paragraphs = MainTextFinder.CutAtEndMarker(parts.SelectMany(MainTextFinder.ReadBlocks).ToList());
        var images = parts.SelectMany(p => p.QuerySelectorAll("img[src]")).Select(img => Image(img, url)).OfType<ArticleImage>().DistinctBy(i => i.Url).Take(50).ToList();
        if (lead is not null && paragraphs.Count > 0 && paragraphs[0].Text == lead)
        {
            paragraphs.RemoveAt(0);
        }

        if (paragraphs.Count > 1 && IsSignature(paragraphs[^1].Text))
        {
            AddAuthor(authors, paragraphs[^1].Text);
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        if (paragraphs.Sum(p => p.Text.Length) < MinArticleTextLength && LooksLikeArticle(metadata, headline)
            && SmartReaderExtractor.ExtractText(html, url) is { Length: >= MinArticleTextLength } fallback)
        {
            // Our algorithm found no body on a page that says it is an article: SmartReader's reading is better than none.
            paragraphs = fallback.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => TextBlocks.Collapse(t)).Where(t => t.Length > 0 && t != lead).Select(t => new ArticleParagraph(t)).ToList();
        }

        var canonical = UrlCanonicalizer.TryCanonicalize(metadata.Canonical, url, out var canonicalUri) ? canonicalUri : url;
        var textLength = paragraphs.Sum(p => p.Text.Length);
        var reason = errorPage ? "error page (not found)"
            : string.IsNullOrEmpty(title) ? "no title"
            : PageClassifier.Classify(survey, document, paragraphs, metadata.Canonical is null ? url : canonical).Reason
            ?? (textLength < MinArticleTextLength ? $"no main text ({textLength} characters)" : ArticleTextQuality.Reason(paragraphs.Select(p => p.Text)));
        return new ExtractedArticle(
            url,
            canonical,
            title ?? string.Empty,
            lead,
            published?.Value,
            metadata.Modified,
            authors,
            metadata.Section,
            NormalizeLanguage(metadata.Language),
            metadata.SiteName,
            paragraphs,
            reason is null,
            reason)
        {
            Tags = metadata.Tags,
            Images = images,
            DateSource = published?.Source,
        };
    }

    private static bool IsErrorPage(IDocument document, string? title)
    {
        // "404 ca sốt xuất huyết" is news: only an error phrase, or a title that starts with the code, marks an error page.
        foreach (var heading in new[] { title ?? string.Empty, document.Title ?? string.Empty })
        {
            var text = heading.Trim();
            if (ErrorTitle().IsMatch(text)
                || text.Contains("Không tìm thấy trang", StringComparison.OrdinalIgnoreCase) || text.Contains("Page not found", StringComparison.OrdinalIgnoreCase)
                || text.Contains("Trang không tồn tại", StringComparison.OrdinalIgnoreCase) || text.Contains("404 Not Found", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ArticleImage? Image(IElement image, Uri pageUrl)
    {
        if (!Uri.TryCreate(pageUrl, image.GetAttribute("src"), out var src) || (src.Scheme != Uri.UriSchemeHttp && src.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var caption = image.Closest("figure")?.QuerySelector("figcaption") is { } figcaption ? TextBlocks.CleanText(figcaption) : image.GetAttribute("alt");
        return new ArticleImage(src, string.IsNullOrWhiteSpace(caption) ? null : caption.Trim());
    }

    /// <summary>The first element whose class names a lead ("sapo", "lead", "standfirst"...) and that holds a short text of its own.</summary>
    private static IElement? FindLeadElement(IDocument document)
    {
        // One query for the elements with a class, in document order, instead of one query per name; pages repeat
        // their class names, so each is looked at once.
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var e in document.QuerySelectorAll("[class]"))
        {
            if (e.GetAttribute("class") is not { Length: > 0 } className || !NamesLead(className, known)
                || e.LocalName is "meta" or "body" or "html" or "article" or "main"
                || CountsMoreThan(e, 2)
                || BoilerplateLexicon.IsFurnitureName(TextBlocks.ClassAndId(e)))
            {
                continue;
            }

            if (TextBlocks.TextLength(e) is >= 40 and <= 800)
            {
                return e;
            }
        }

        return null;
    }

    private static bool NamesLead(string className, Dictionary<string, bool> known)
    {
        if (!known.TryGetValue(className, out var lead))
        {
            lead = Array.Exists(LeadClassNames, name => className.Contains(name, StringComparison.Ordinal));
            known[className] = lead;
        }

        return lead;
    }

    /// <summary>Whether the element holds more than <paramref name="most"/> p, div or li elements, counting no further than that.</summary>
    private static bool CountsMoreThan(IElement element, int most)
    {
        var count = 0;
        return Over(element);

        bool Over(IElement parent)
        {
            foreach (var child in parent.Children)
            {
                if ((child.LocalName is "p" or "div" or "li" && ++count > most) || Over(child))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static IElement? Hinted(IDocument document, string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector))
        {
            return null;
        }

        try
        {
            return document.QuerySelector(selector);
        }
        catch (AngleSharp.Dom.DomException)
        {
            // A broken selector in the sources file must not stop extraction.
            return null;
        }
    }

    private static bool LooksLikeArticle(PageMetadata metadata, IElement? headline) =>
        headline is not null && (metadata.Published is not null || metadata.Authors.Count > 0);

    private static void AddAuthor(List<string> authors, string name)
    {
        name = AuthorName.Clean(name);
        if (name.Length > 0 && !authors.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            authors.Add(name);
        }
    }

    /// <summary>
    /// A closing byline: a short name, every word capitalised, set in bold, right-aligned or capitals; or the
    /// sign-off of an office ("Cục Y tế dự phòng"), which is not capitalised like a name but set both bold and right.
    /// </summary>
    private static bool LooksLikeSignature(IElement paragraph)
    {
        if (TextBlocks.TextLength(paragraph) > MaxSignOffLength)
        {
            return false;
        }

        var text = TextBlocks.CleanText(paragraph);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (text.Length is 0 or > MaxSignOffLength || words.Length > MaxSignOffWords || text.IndexOfAny(['.', ',', ':', ';', '!', '?', '"']) >= 0)
        {
            return false;
        }

        var emphasised = paragraph.Children.Length == 1 && paragraph.Children[0].LocalName is "strong" or "b"
            && TextBlocks.CleanText(paragraph.Children[0]) == text;
        var rightAligned = (paragraph.GetAttribute("style") ?? string.Empty).Contains("right", StringComparison.OrdinalIgnoreCase)
            || string.Equals(paragraph.GetAttribute("align"), "right", StringComparison.OrdinalIgnoreCase);
        var nameLike = text.Length <= MaxSignatureLength && words.Length <= 5 && words.All(w => char.IsUpper(w[0]));
        return nameLike ? emphasised || rightAligned || IsSignature(text) : emphasised && rightAligned;
    }

    private static bool IsSignature(string text) =>
        text.Length <= MaxSignatureLength && text.Any(char.IsLetter)
        && text.Where(char.IsLetter).All(char.IsUpper) && !text.Contains('.', StringComparison.Ordinal);

    private static string? NormalizeLanguage(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : language.Trim().Replace('_', '-').Split('-')[0].ToLowerInvariant();

    [GeneratedRegex(@"^(404|lỗi 404|error 404)(\s*$|\s*[-|:–]|\s+(not found|error|không))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ErrorTitle();
}
