using AngleSharp.Dom;

namespace Pipeline.Crawler.Extraction;

/// <summary>
/// Picks the headline among the first &lt;h1&gt;, JSON-LD headline, og:title and &lt;title&gt;.
/// The &lt;h1&gt; wins unless it is a section or outlet name ("Thời sự", "Sức khỏe") and the metadata
/// agrees on another headline: two of JSON-LD headline, og:title and &lt;title&gt; sharing most words.
/// Metadata titles lose the outlet's name around them first.
/// </summary>
internal static class TitleChooser
{
    // Section names are a few words ("Chứng khoán", "Hợp tác quốc tế", "Sức khỏe & Đời sống").
    private const int MaxSectionNameWords = 5;

    // An h1 that has this share of the agreed headline's words is that headline, shortened or reworded.
    private const double SameHeadline = 0.6;

    public static TitleChoice Choose(IDocument document, PageMetadata metadata)
    {
        var headline = document.QuerySelector("article h1, main h1, h1");
        var h1 = headline is null ? null : NullIfBlank(TextBlocks.CleanText(headline));
        var rawPage = NullIfBlank(document.Title);
        var page = rawPage is null ? null : PageTitle(rawPage, metadata.SiteName);
        var og = MetadataTitle(OgTitle(document), metadata.SiteName, rawPage);
        var described = MetadataTitle(metadata.Title, metadata.SiteName, rawPage);
        var agreed = Agreed(described, og, page);
        if (h1 is null)
        {
            return new TitleChoice(agreed ?? described ?? page, null);
        }

        return agreed is not null && IsSectionName(h1, agreed, metadata)
            ? new TitleChoice(agreed, FindHeading(document, agreed))
            : new TitleChoice(h1, headline);
    }

    /// <summary>The first metadata headline another, independent source confirms.</summary>
    private static string? Agreed(string? described, string? og, string? page)
    {
        // metadata.Title is og:title itself when the page has no JSON-LD headline: equal strings prove nothing.
        if (described is not null && og is not null && !string.Equals(described, og, StringComparison.Ordinal) && TitleWords.Agree(described, og))
        {
            return described;
        }

        if (described is not null && page is not null && TitleWords.Agree(described, page))
        {
            return described;
        }

        return og is not null && page is not null && TitleWords.Agree(og, page) ? og : null;
    }

    private static bool IsSectionName(string h1, string agreed, PageMetadata metadata)
    {
        var h1Words = TitleWords.Of(h1);
        var agreedWords = TitleWords.Of(agreed);
        if (TitleWords.Coverage(agreedWords, h1Words) >= SameHeadline)
        {
            return false;
        }

        var namesSection = (metadata.Section is { } section && TitleWords.Agree(h1, section))
            || (metadata.SiteName is { } site && TitleWords.Agree(h1, site));
        return namesSection || (h1Words.Count <= MaxSectionNameWords && agreedWords.Count >= 2 * h1Words.Count);
    }

    private static IElement? FindHeading(IDocument document, string title) =>
        document.QuerySelectorAll("h1, h2").FirstOrDefault(h => TitleWords.Agree(TextBlocks.CleanText(h), title));

    private static string PageTitle(string raw, string? siteName)
    {
        var stripped = TitleAffixes.StripSiteName(raw, siteName);
        return stripped.Length < TextBlocks.Collapse(raw).Length ? stripped : TitleAffixes.StripTrailingPart(raw);
    }

    private static string? MetadataTitle(string? raw, string? siteName, string? rawPage)
    {
        if (NullIfBlank(raw) is not { } value)
        {
            return null;
        }

        var stripped = TitleAffixes.StripSiteName(value, siteName);
        if (stripped.Length < TextBlocks.Collapse(value).Length)
        {
            return stripped;
        }

        // Without a site name, a suffix that <title> ends with too is the outlet's, not the headline's.
        return TitleAffixes.Suffix(stripped) is { } suffix && rawPage is not null && TextBlocks.Collapse(rawPage).EndsWith(suffix, StringComparison.Ordinal)
            ? stripped[..^suffix.Length]
            : stripped;
    }

    private static string? OgTitle(IDocument document) =>
        document.QuerySelector("meta[property='og:title'], meta[name='og:title']")?.GetAttribute("content");

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
