using System.Text.RegularExpressions;

namespace Pipeline.Crawler.Extraction;

/// <summary>
/// Tells addresses of listings from those of articles: the site root, a tag or category path
/// ("/tag/vac-xin", "/chuyen-muc/y-te/"), or one or two short slugs without an id ("/thoi-su/",
/// "/suc-khoe.htm", "/kinh-doanh/chung-khoan", "/thoi-su/trang-2.htm"). Article addresses carry an id,
/// a date or a long slug.
/// </summary>
internal static partial class SectionAddress
{
    private const int MaxSegments = 2;

    private static readonly HashSet<string> ListingRoots = new(StringComparer.OrdinalIgnoreCase)
    {
        "tag", "tags", "tu-khoa", "chu-de", "chuyen-muc", "chuyenmuc", "danh-muc", "the-loai", "category", "categories",
        "topic", "topics", "section", "sections", "tim-kiem", "search", "su-kien", "timeline", "tac-gia", "author",
    };

    /// <summary>The kind of listing <paramref name="address"/> names ("site root", "tag path", "section path"), or null for any other address.</summary>
    public static string? Describe(Uri address)
    {
        var segments = address.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || (segments.Length == 1 && IndexPage().IsMatch(segments[0])))
        {
            return "site root";
        }

        if (ListingRoots.Contains(segments[0]))
        {
            return $"{segments[0]} path";
        }

        // A page number closes listing addresses: "/thoi-su/trang-2.htm", "/suc-khoe/page/3/", "/y-te/p4".
        var count = segments.Length;
        if (count >= 2 && PageNumber().IsMatch(segments[^1]))
        {
            count -= segments[^2].Equals("page", StringComparison.OrdinalIgnoreCase) || segments[^2].Equals("trang", StringComparison.OrdinalIgnoreCase) ? 2 : 1;
        }

        return count is > 0 and <= MaxSegments && segments.Take(count).All(s => SectionSlug().IsMatch(s)) ? "section path" : null;
    }

    [GeneratedRegex(@"^(index|default|home|trang-chu)\.(html?|aspx?|php)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex IndexPage();

    // One to four words of letters, no digits: an id or a date marks an article.
    [GeneratedRegex(@"^[a-z]+(-[a-z]+){0,3}(\.(html?|aspx?|php))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SectionSlug();

    [GeneratedRegex(@"^((trang|page|p)-?\d{1,4}(\.html?)?|\d{1,4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PageNumber();
}
