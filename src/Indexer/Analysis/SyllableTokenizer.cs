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

    protected override int Normalize(int c) => c <= char.MaxValue ? Lower[c] : Rune.IsValid(c) ? Rune.ToLowerInvariant(new Rune(c)).Value : c;

    // char.ToLowerInvariant goes through ICU for every non-ASCII letter, and Vietnamese is mostly non-ASCII:
    // it took a third of all indexing time. The table costs 128 KB once.
    private static readonly char[] Lower = BuildLowerTable();

    private static char[] BuildLowerTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
