using System.Globalization;
using ScottPlot;

namespace Pipeline.Charts;

/// <summary>
/// Picks an installed font that has every glyph the chart's labels need (Vietnamese letters with stacked marks, "Đ").
/// No font is shipped: DejaVu Sans (Debian fonts-dejavu-core) and Noto Sans both cover Vietnamese.
/// </summary>
internal static class ChartFont
{
    private static readonly string[] Candidates = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Segoe UI"];

    /// <summary>The first candidate font that renders every text.</summary>
    /// <exception cref="InvalidDataException">No installed font covers them.</exception>
    public static string For(IEnumerable<string> texts)
    {
        var codePoints = texts.SelectMany(t => t.Normalize().EnumerateRunes()).Select(r => r.Value).Distinct().ToList();
        foreach (var name in Candidates.Where(Installed))
        {
            if (Fonts.CountMissingGlyphs(name, codePoints) == 0)
            {
                return name;
            }
        }

        throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
            $"No installed font has the Vietnamese letters the chart needs (tried {string.Join(", ", Candidates)}). Install one, e.g. `apt-get install fonts-dejavu-core`."));
    }

    // Skia answers a missing family with a fallback typeface: only a typeface of that very family counts.
    private static bool Installed(string name) =>
        Fonts.GetTypeface(name, bold: false, italic: false) is { } typeface && string.Equals(typeface.FamilyName, name, StringComparison.OrdinalIgnoreCase);
}
