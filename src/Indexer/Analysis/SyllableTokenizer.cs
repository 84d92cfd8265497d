using System.Text;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Pipeline.Indexer.Analysis;

/// <summary>
/// Splits text into runs of letters and digits, lowercased. Vietnamese writes one syllable per run, so this
/// is all the word breaking the index needs, at twice the speed of the UAX#29 StandardTokenizer. Numbers
/// split at their separators ("1.000" is "1" then "000") the same way on both sides, so they still match.
/// </summary>
internal sealed class SyllableTokenizer : CharTokenizer
{
    public SyllableTokenizer(TextReader reader)
        : base(LuceneVersion.LUCENE_48, reader)
    {
    }

    // Combining marks only survive normalisation when no precomposed letter exists; they stay in the syllable.
    protected override bool IsTokenChar(int c) =>
        c <= char.MaxValue ? char.IsLetterOrDigit((char)c) || c is >= 0x300 and <= 0x36F : Rune.IsValid(c) && Rune.IsLetterOrDigit(new Rune(c));

    protected override int Normalize(int c) => c <= char.MaxValue ? char.ToLowerInvariant((char)c) : Rune.IsValid(c) ? Rune.ToLowerInvariant(new Rune(c)).Value : c;
}
