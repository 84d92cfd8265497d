using Pipeline.Analysis.Counts;
using Pipeline.Analysis.Dates;
using Pipeline.Analysis.Partners;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Facts;

/// <summary>
/// The analysis of one text: dates, counts, partners and parties. Topics and cooperation come from the topic
/// classifier, which the caller adds. One instance serves every thread: it holds only read-only lookups.
/// </summary>
public sealed class FactAnalyzer
{
    /// <summary>What the analysis covers so far, for reports.</summary>
    public const string Coverage = "dates, counts, partners (gazetteers, names with their country) and parties (Vietnamese institution heads)";

    private readonly PartnerExtractor? partners;

    /// <summary>Creates the analyser over the gazetteers.</summary>
    /// <param name="gazetteer">The gazetteers; without them no partners are found and parties miss their provinces.</param>
    public FactAnalyzer(Gazetteer? gazetteer)
    {
        Gazetteer = gazetteer;
        partners = gazetteer is null ? null : new PartnerExtractor(gazetteer);
    }

    /// <summary>The gazetteers the partners are found with; null when there are none.</summary>
    public Gazetteer? Gazetteer { get; }

    /// <summary>The analyser of the gazetteers in a directory, or without gazetteers when the directory is missing.</summary>
    /// <param name="gazetteerDirectory">A directory laid out as the shipped <c>data/gazetteers</c>.</param>
    /// <returns>The analyser.</returns>
    public static FactAnalyzer Load(string gazetteerDirectory)
    {
        ArgumentNullException.ThrowIfNull(gazetteerDirectory);
        return new FactAnalyzer(System.IO.Directory.Exists(gazetteerDirectory) ? Gazetteer.Load(gazetteerDirectory) : null);
    }

    /// <summary>Only the partners of a text, for callers that need no dates, counts or parties (the topic features).</summary>
    /// <param name="text">NFC text.</param>
    /// <returns>The partners, as <see cref="Analyze"/> finds them.</returns>
    public IReadOnlyList<PartnerFact> PartnersOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return partners?.Extract(RelatedNews.Mask(text)) ?? [];
    }

    /// <summary>Analyses a text.</summary>
    /// <param name="text">NFC text (lead and body, one paragraph per line).</param>
    /// <param name="published">The publication date, for dates without a year.</param>
    /// <returns>The facts found.</returns>
    public ArticleFacts Analyze(string text, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dates = DateExtractor.Extract(text, published);
        // Partners and parties of related-news headlines are other articles'; counts and dates are read everywhere.
        var sides = RelatedNews.Mask(text);
        var analysis = partners?.Analyze(sides) ?? new PartnerAnalysis([], []);
        return ArticleFacts.Empty with
        {
            Dates = dates,
            Counts = CountExtractor.Extract(text, dates),
            Partners = analysis.Partners,
            Parties = PartyExtractor.Extract(sides, analysis, Gazetteer),
        };
    }
}
