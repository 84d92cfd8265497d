using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;
using Pipeline.Text;

namespace Pipeline.Indexer.Analysis;

/// <summary>
/// Syllable tokens of Vietnamese text in matching form (NFC, one tone-mark placement, "Đ" fixed), lowercased,
/// then in the chosen <see cref="SyllableForm"/>. Used identically at index and query time.
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    private readonly SyllableForm form;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="form">What to emit per syllable.</param>
    public VietnameseAnalyzer(SyllableForm form)
    {
        this.form = form;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new SyllableTokenizer(reader);
        TokenStream stream = tokenizer;
        switch (form)
        {
            case SyllableForm.Exact:
                stream = new StopFilter(LuceneVersion.LUCENE_48, stream, VietnameseStopWords.Set);
                break;
            case SyllableForm.FoldedWithOriginal:
                stream = new FoldedWithOriginalFilter(stream);
                break;
            case SyllableForm.AsTyped:
                // A syllable typed without diacritics is already in folded form; one typed with them stays as typed.
                break;
            case SyllableForm.Folded:
                // ASCIIFoldingFilter folds "đ" to "d" and strips precomposed marks; the reader below guarantees NFC.
                stream = new ASCIIFoldingFilter(stream);
                break;
            default:
                stream = new SyllableBigramFilter(new ASCIIFoldingFilter(stream));
                break;
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Positions left between two values of one field, so that a phrase never spans the headline and the lead.</summary>
    public const int ValueGap = 100;

    /// <inheritdoc />
    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        // Normalisation keeps the length of NFC text, so token offsets still point into the stored text.
        // Lucene's reusable string reader answers null rather than "" for empty text.
        var text = reader.ReadToEnd() ?? string.Empty;
        // Folding drops the tone marks whose placement matching unifies, so only the forms that keep diacritics take
        // that step: it is a large share of building a hit's snippet, which analyses the start of the article.
        return new StringReader(form is SyllableForm.Exact or SyllableForm.FoldedWithOriginal or SyllableForm.AsTyped
            ? VietnameseNormalizer.NormalizeForMatching(text)
            : VietnameseNormalizer.UnifyPunctuation(VietnameseNormalizer.Normalize(text)));
    }
}
