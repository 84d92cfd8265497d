using Pipeline.Corpus;

namespace Pipeline.Demo.Layouts;

/// <summary>What a layout needs besides the article: its outlet, neighbours for the related-news traps, and the article's own address.</summary>
/// <param name="Outlet">The outlet rendering the page.</param>
/// <param name="Related">Other articles for the "Tin liên quan" style blocks (their titles and dates are traps).</param>
/// <param name="Latest">The outlet's newest articles for "Tin mới"/"Tin đọc nhiều" blocks.</param>
/// <param name="CanonicalPath">The path the page names as canonical (differs for AMP and print variants).</param>
/// <param name="Credit">A source credit shown outside the article body on syndicated copies.</param>
internal sealed record PageContext(
    DemoOutlet Outlet,
    IReadOnlyList<DemoArticle> Related,
    IReadOnlyList<DemoArticle> Latest,
    string CanonicalPath,
    string? Credit = null);
