using Pipeline.Fuzz.Targets;

namespace Pipeline.Fuzz;

/// <summary>Every target, one per kind of untrusted input the product reads.</summary>
internal static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        RobotsTarget.Target,
        CharsetTarget.Target,
        FeedTarget.Target,
        SitemapTarget.Target,
        SectionTarget.Target,
        ExtractionTarget.Target,
        DatesTarget.Target,
        CountsTarget.Target,
    ];

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
