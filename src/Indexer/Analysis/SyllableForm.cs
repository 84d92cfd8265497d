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

    /// <summary>
    /// Every syllable folded and, where folding changes it, also as written at the same position ("lào" gives "lao"
    /// and "lào"): the field a search matches on, written this way, holds both what unaccented and what accented
    /// query words look up.
    /// </summary>
    FoldedWithOriginal,

    /// <summary>
    /// Each syllable as the user typed it, lowercased in matching form (NFC, one tone placement), nothing removed:
    /// folded when typed without diacritics, with them otherwise. The query side of <see cref="FoldedWithOriginal"/>.
    /// </summary>
    AsTyped,
}
