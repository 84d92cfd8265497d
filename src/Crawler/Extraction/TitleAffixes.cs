using Pipeline.Text;

namespace Pipeline.Crawler.Extraction;

/// <summary>
/// Removes the outlet's name that CMSs put around a headline in &lt;title&gt; and og:title
/// ("… - VnExpress", "… | Báo Tuổi Trẻ", "Sức khỏe &amp; Đời sống - …").
/// </summary>
internal static class TitleAffixes
{
    // A headline is longer than this before the separator; a shorter head is part of it ("Hà Nội - Tokyo ...").
    private const int MinHeadLength = 20;

    // An outlet name is a few words; a longer part is the headline's own.
    private const int MaxExtraSiteWords = 3;

    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · "];

    /// <summary>The title without the site name before or after a separator, when that part names the site.</summary>
    public static string StripSiteName(string title, string? siteName)
    {
        var text = TextBlocks.Collapse(title);
        if (string.IsNullOrWhiteSpace(siteName))
        {
            return text;
        }

        var site = FoldedWords(siteName);
        foreach (var separator in Separators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && NamesSite(text[(at + separator.Length)..], site))
            {
                text = text[..at].TrimEnd();
                break;
            }
        }

        foreach (var separator in Separators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && NamesSite(text[..at], site))
            {
                text = text[(at + separator.Length)..].TrimStart();
                break;
            }
        }

        return text;
    }

    /// <summary>The title without the short part after its last separator: how most CMSs append the outlet to &lt;title&gt;.</summary>
    public static string StripTrailingPart(string title)
    {
        var text = TextBlocks.Collapse(title);
        foreach (var separator in Separators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > MinHeadLength)
            {
                return text[..at];
            }
        }

        return text;
    }

    /// <summary>The part after the title's last separator, with that separator, or null when it has none.</summary>
    public static string? Suffix(string title)
    {
        var text = TextBlocks.Collapse(title);
        foreach (var separator in Separators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > MinHeadLength)
            {
                return text[at..];
            }
        }

        return null;
    }

    private static bool NamesSite(string part, HashSet<string> site)
    {
        // Outlets write their name with and without diacritics ("TUOI TRE ONLINE" beside "Báo Tuổi Trẻ").
        var words = FoldedWords(part);
        if (words.Count == 0 || site.Count == 0 || words.Count > site.Count + MaxExtraSiteWords)
        {
            return false;
        }

        var shorter = words.Count <= site.Count ? words : site;
        var longer = words.Count <= site.Count ? site : words;
        return TitleWords.Coverage(shorter, longer) >= 0.5;
    }

    private static HashSet<string> FoldedWords(string text) => TitleWords.Of(DiacriticFolding.Fold(text));
}
