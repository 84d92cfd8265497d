using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Pipeline.Indexer.Analysis;

namespace Pipeline.Indexer.Schema;

/// <summary>The per-field analyzers of writing and searching, built from the same forms so both sides see the same tokens.</summary>
internal static class IndexAnalyzers
{
    /// <summary>What the index is written with.</summary>
    /// <returns>The per-field analyzer.</returns>
    public static Analyzer Create() => WithText(new VietnameseAnalyzer(SyllableForm.FoldedWithOriginal));

    /// <summary>
    /// What ranking queries are parsed with: as <see cref="Create"/>, except that the matching text field is looked
    /// up folded, one term per word, as the other folded fields are. Its accented twins only decide what matches.
    /// </summary>
    /// <returns>The per-field analyzer.</returns>
    public static Analyzer CreateForRanking() => WithText(new VietnameseAnalyzer(SyllableForm.Folded));

    /// <summary>What matching queries are parsed with: each word of the matching text field as typed.</summary>
    /// <returns>The analyzer.</returns>
    public static Analyzer CreateForMatching() => new VietnameseAnalyzer(SyllableForm.AsTyped);

    private static PerFieldAnalyzerWrapper WithText(Analyzer text)
    {
        var exact = new VietnameseAnalyzer(SyllableForm.Exact);
        var folded = new VietnameseAnalyzer(SyllableForm.Folded);
        var bigrams = new VietnameseAnalyzer(SyllableForm.FoldedBigrams);
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer>
        {
            [IndexFields.Title] = exact,
            [IndexFields.Lead] = exact,
            [IndexFields.Body] = exact,
            [IndexFields.TitleFolded] = folded,
            [IndexFields.LeadFolded] = folded,
            [IndexFields.TextFolded] = text,
            [IndexFields.TitleBigrams] = bigrams,
            [IndexFields.BodyBigrams] = bigrams,
        });
    }
}
