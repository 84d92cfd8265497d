using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Pipeline.Indexer.Analysis;

/// <summary>
/// Emits each syllable folded and, when folding changed it, also as written at the same position ("lào" gives
/// "lao" then "lào"). A query word typed without diacritics then finds every accented form through the folded
/// token, and one typed with them finds only its own spelling, in one field whose positions serve phrases of
/// either kind. Lucene's ASCIIFoldingFilter with preserveOriginal does the same, but in this version it also
/// repeats tokens that folding leaves unchanged (digits in other scripts, CJK), which would double their counts.
/// </summary>
internal sealed class FoldedWithOriginalFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private char[] folded = new char[64];
    private State? original;

    public FoldedWithOriginalFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (original is not null)
        {
            RestoreState(original);
            original = null;
            increment.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = term.Buffer;
        var length = term.Length;
        var ascii = true;
        for (var i = 0; i < length && ascii; i++)
        {
            ascii = buffer[i] < '\u0080';
        }

        if (ascii)
        {
            return true;
        }

        var needed = ArrayUtil.Oversize(length * 4, RamUsageEstimator.NUM_BYTES_CHAR);
        if (folded.Length < needed)
        {
            folded = new char[needed];
        }

        var foldedLength = ASCIIFoldingFilter.FoldToASCII(buffer, 0, folded, 0, length);
        if (foldedLength == length && folded.AsSpan(0, length).SequenceEqual(buffer.AsSpan(0, length)))
        {
            return true;
        }

        original = CaptureState();
        term.CopyBuffer(folded, 0, foldedLength);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        original = null;
    }
}
