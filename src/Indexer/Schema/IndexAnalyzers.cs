using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Pipeline.Indexer.Analysis;

namespace Pipeline.Indexer.Schema;

/// <summary>The per-field analyzer shared by writing and searching, so both sides see the same tokens.</summary>
internal static class IndexAnalyzers
{
    public static Analyzer Create()
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
            [IndexFields.TextFolded] = folded,
            [IndexFields.TitleBigrams] = bigrams,
            [IndexFields.BodyBigrams] = bigrams,
        });
    }
}
