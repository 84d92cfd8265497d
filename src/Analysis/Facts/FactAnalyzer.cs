using Pipeline.Analysis.Counts;
using Pipeline.Analysis.Dates;

namespace Pipeline.Analysis.Facts;

/// <summary>
/// The analysis of one text: today dates and counts; partners and parties join as their extractors land.
/// Topics and cooperation come from the topic classifier, which the caller adds.
/// </summary>
public static class FactAnalyzer
{
    /// <summary>What the analysis covers so far, for reports.</summary>
    public const string Coverage = "dates and counts (partners and parties not yet: issue #6 in progress)";

    /// <summary>Analyses a text.</summary>
    /// <param name="text">NFC text (lead and body, one paragraph per line).</param>
    /// <param name="published">The publication date, for dates without a year.</param>
    /// <returns>The facts found.</returns>
    public static ArticleFacts Analyze(string text, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dates = DateExtractor.Extract(text, published);
        return ArticleFacts.Empty with { Dates = dates, Counts = CountExtractor.Extract(text, dates) };
    }
}
