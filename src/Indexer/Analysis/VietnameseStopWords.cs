using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Pipeline.Indexer.Analysis;

/// <summary>
/// Our short list of Vietnamese function words, in matching form with diacritics. Only the exact fields drop
/// them: folded, most of them collide with content syllables ("của" and "cửa" both fold to "cua", "đã" and
/// "da" to "da", "cũng" and "cung" to "cung"), so the folded fields keep every syllable and an unaccented
/// query still finds text that contains the function word.
/// Syllables that also start common content words are left out on purpose: "theo" (theo dõi), "từ" (từ
/// thiện), "ra" (ra mắt), "tại" (hiện tại), "về" (về việc is rare, trở về is not).
/// </summary>
public static class VietnameseStopWords
{
    /// <summary>The words, lowercase NFC.</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "và", "của", "các", "những", "là", "thì", "mà", "được", "bị", "cho", "với", "này", "đó", "đã", "đang",
        "sẽ", "để", "một", "cũng", "rằng", "nhằm", "như", "trong", "khi", "còn", "rất", "vừa", "hoặc", "nên", "nếu",
    ];

    /// <summary>The words as a Lucene set.</summary>
    internal static CharArraySet Set { get; } = new CharArraySet(LuceneVersion.LUCENE_48, Words.ToList(), ignoreCase: false).AsReadOnly();
}
