using System.Text.RegularExpressions;
using Pipeline.Text;

namespace Pipeline.Crawler.Extraction;

/// <summary>Words that head or name blocks around an article, never the article itself.</summary>
internal static partial class BoilerplateLexicon
{
    private static readonly HashSet<string> BlockHeadings = new(StringComparer.Ordinal)
    {
        "tin lien quan", "tin moi", "tin moi nhat", "cung chuyen muc", "cac tin khac", "tin khac", "xem them", "doc them",
        "tin doc nhieu", "doc nhieu", "doc nhieu nhat", "binh luan", "chia se", "tin noi bat", "tin cung chuyen muc",
        "bai viet lien quan", "co the ban quan tam", "ban co the quan tam", "tin tieu diem", "video", "tags", "tu khoa",
        "related", "related news", "related articles", "read more", "more stories", "comments", "most read", "share",
        "voce pode gostar", "leia tambem", "veja tambem", "lesen sie auch", "auch interessant", "potrebbe interessarti",
        "te puede interesar", "tambien te puede interesar", "you may also like", "you might also like", "recommended for you",
    };

    private static readonly HashSet<string> InterfaceWords = new(StringComparer.Ordinal)
    {
        "caption", "close", "advertisement", "advertisment", "ad", "skip", "next", "previous", "prev", "share", "share this", "tweet",
        "email", "print", "copy link", "expand", "collapse", "quang cao", "chia se", "in bai", "gui bai", "xem tiep", "loading",
    };

    /// <summary>True for interface words that page scripts leave in the text ("Caption", "Close", "Quảng cáo").</summary>
    public static bool IsInterfaceText(string text)
    {
        if (text.Length > 40)
        {
            return false;
        }

        var key = DiacriticFolding.Fold(text).Trim().TrimEnd(':', '.', '…').Trim().ToLowerInvariant();
        return InterfaceWords.Contains(key) || ReadingTime().IsMatch(key);
    }

    [GeneratedRegex(@"^(\d+\s*(min|minute|minutes|phut)\s*(read|doc)|(reading time|tempo de leitura|thoi gian doc)\b.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReadingTime();

    /// <summary>Longer texts are never block headings, whatever punctuation ends them.</summary>
    public const int MaxHeadingLength = 60;

    /// <summary>True when <paramref name="text"/> is a heading that introduces a related-news, comment or share block.</summary>
    public static bool IsBlockHeading(string text)
    {
        if (text.Length > MaxHeadingLength)
        {
            return false;
        }

        var key = DiacriticFolding.Fold(text).Trim().TrimEnd(':', '.', '…').Trim().ToLowerInvariant();
        return key.Length <= 40 && BlockHeadings.Contains(key);
    }

    private static readonly string[] EndMarkers =
    [
        "explore further", "most read", "read more", "related:", "related articles", "related stories", "more from", "more stories",
        "recommended", "you may also like", "you might also like", "this document is subject to copyright", "citation:",
        "tin lien quan", "tin cung chuyen muc", "cac tin khac", "doc them", "xem them", "ban co the quan tam", "sign up for", "subscribe to",
        "copyright ©", "© copyright", "all rights reserved",
    ];

    /// <summary>True when a short block opens what follows an article: related lists, "explore further", copyright lines.</summary>
    public static bool IsEndMarker(string text)
    {
        if (text.Length > 300)
        {
            return false;
        }

        var key = DiacriticFolding.Fold(text).Trim().ToLowerInvariant();
        return EndMarkers.Any(m => key.StartsWith(m, StringComparison.Ordinal)) || IsBlockHeading(text);
    }

    /// <summary>
    /// True when a class or id names page furniture (related lists, comments, share bars, menus, ads). A name may
    /// carry a version or counter ("box-tinlienquanv2", "related2"): templates are redesigned, the furniture stays.
    /// </summary>
    public static bool IsFurnitureName(string classOrId) => FurnitureName().IsMatch(classOrId);

    /// <summary>How much a class or id suggests article content (above 1) or page furniture (below 1).</summary>
    public static double ContainerWeight(string classOrId)
    {
        if (NegativeName().IsMatch(classOrId))
        {
            return 0.4;
        }

        return PositiveName().IsMatch(classOrId) ? 1.3 : 1.0;
    }

    // The three name patterns are alternations of literal words with single-character boundaries: they cannot
    // backtrack beyond a word, so they need no match timeout, whose bookkeeping they would pay on every element.
    [GeneratedRegex(@"article|body|content|entry|main|post|story|text|detail|noidung|chitiet", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveName();

    [GeneratedRegex(@"comment|consent|cookie|privacy|footer|footnote|sidebar|sponsor|promo|related|share|newsletter|subscribe|popup|modal|widget|recommend|trending|most-?read", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeName();

    [GeneratedRegex(@"(^|[\s_-])(related|lienquan|tin-?lien-?quan|comments?|binhluan|share|sharing|social|sidebar|side-bar|breadcrumbs?|menu|navbar|footer|banners?|advert|ads?|tags?|keywords?|most-?read|docnhieu|tinmoi|tin-moi|cungchuyenmuc|other-news|box-news|newsletter|subscribe|author-box|privacy-consent|consent|cookies?|gdpr|modal|popup)(?=$|[\s_-]|v?[0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureName();
}
