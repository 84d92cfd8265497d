using Pipeline.Corpus;

namespace Pipeline.Demo.Layouts;

/// <summary>An outlet's HTML templates: article page and section listing.</summary>
internal abstract class OutletLayout
{
    public abstract string RenderArticle(DemoArticle article, PageContext context);

    public abstract string RenderListing(string title, IReadOnlyList<DemoArticle> articles, string? nextPagePath, DemoOutlet outlet);

    public static OutletLayout For(DemoOutlet outlet) => outlet.Key switch
    {
        "suckhoecongdong" => new CommunityHealthLayout(),
        "thoibaoyhoc" => new LegacyTableLayout(),
        "hoptacyte" => new PortalLayout(),
        _ => new ModernNewsLayout(),
    };
}
