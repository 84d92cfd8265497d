using Pipeline.Analysis.Counts;
using Pipeline.Analysis.Dates;
using Pipeline.Analysis.Partners;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Facts;

/// <summary>
/// The analysis of one text: dates, counts and partners; parties and parties join as their extractors land.
/// Topics and cooperation come from the topic classifier, which the caller adds.
/// </summary>
public static class FactAnalyzer
{
    /// <summary>What the analysis covers so far, for reports.</summary>
    public const string Coverage = "dates, counts, partners (gazetteers, names with their country) and parties (Vietnamese institution heads)";

    private static readonly Lazy<Gazetteer?> Gazetteers = new(() =>
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "data", "gazetteers");
        return Directory.Exists(directory) ? Gazetteer.Load(directory) : null;
    });

    private static readonly Lazy<PartnerExtractor?> Partners = new(() => Gazetteers.Value is { } gazetteer ? new PartnerExtractor(gazetteer) : null);

    /// <summary>The shipped gazetteers (data/gazetteers), loaded once; null when the directory is missing.</summary>
    public static Gazetteer? Gazetteer => Gazetteers.Value;

    /// <summary>Only the partners of a text, for callers that need no dates, counts or parties (the topic features).</summary>
    /// <param name="text">NFC text.</param>
    /// <returns>The partners, as <see cref="Analyze"/> finds them.</returns>
    public static IReadOnlyList<PartnerFact> PartnersOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Partners.Value?.Extract(text) ?? [];
    }

    /// <summary>Analyses a text.</summary>
    /// <param name="text">NFC text (lead and body, one paragraph per line).</param>
    /// <param name="published">The publication date, for dates without a year.</param>
    /// <returns>The facts found.</returns>
    public static ArticleFacts Analyze(string text, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dates = DateExtractor.Extract(text, published);
        var analysis = Partners.Value?.Analyze(text) ?? new PartnerAnalysis([], []);
        return ArticleFacts.Empty with
        {
            Dates = dates,
            Counts = CountExtractor.Extract(text, dates),
            Partners = analysis.Partners,
            Parties = PartyExtractor.Extract(text, analysis, Gazetteers.Value?.Provinces),
        };
    }
}
