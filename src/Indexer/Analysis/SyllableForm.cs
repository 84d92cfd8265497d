namespace Pipeline.Indexer.Analysis;

/// <summary>What a <see cref="VietnameseAnalyzer"/> emits for each syllable.</summary>
public enum SyllableForm
{
    /// <summary>Lowercased syllables with their diacritics, function words (<see cref="VietnameseStopWords"/>) removed.</summary>
    Exact,

    /// <summary>Lowercased syllables folded to ASCII ("đà nẵng" to "da nang"), every syllable kept.</summary>
    Folded,

    /// <summary>Pairs of adjacent folded syllables ("hop tac", "tac quoc"), for phrase-like ranking.</summary>
    FoldedBigrams,
}
