using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Pipeline.Web;

/// <summary>
/// ISO 3166-1 numeric codes by alpha-2 code, from the vendored i18n-iso-countries codes.json (the npm package named in
/// scripts/vendor-web.sh): the world map's boundaries (world-atlas) are keyed by numeric code, the facts by alpha-2.
/// </summary>
internal static class CountryNumbers
{
    private const string Resource = "Pipeline.Web.Assets/vendor/i18n-iso-countries/codes.json";

    private static readonly Lazy<FrozenDictionary<string, string>> Codes = new(Load);

    /// <summary>The numeric code ("392") of an alpha-2 code ("JP"); null for codes without one (XK).</summary>
    public static string? Numeric(string alpha2) => Codes.Value.GetValueOrDefault(alpha2.ToUpperInvariant());

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded {Resource} is missing: run scripts/vendor-web.sh.");
        // Rows are [alpha-2, alpha-3, numeric, ISO 3166-2 reference].
        var rows = JsonSerializer.Deserialize<string[][]>(stream) ?? [];
        return rows.Where(r => r.Length >= 3).ToFrozenDictionary(r => r[0], r => r[2], StringComparer.Ordinal);
    }
}
