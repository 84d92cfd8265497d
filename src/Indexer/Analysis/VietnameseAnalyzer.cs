using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using Pipeline.Analysis.Text;

namespace Pipeline.Indexer.Analysis;

/// <summary>
/// Syllable tokens of Vietnamese text in matching form (NFC, one tone-mark placement, "Đ" fixed),
/// lowercased; the folded variant also strips diacritics so "hop tac" finds "hợp tác".
/// Used identically at index and query time.
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    private readonly bool folded;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="folded">True for the accent-insensitive variant.</param>
    public VietnameseAnalyzer(bool folded)
    {
        this.folded = folded;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        if (folded)
        {
            // ASCIIFoldingFilter folds "đ" to "d" and strips precomposed marks; the reader below guarantees NFC.
            stream = new ASCIIFoldingFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        // Normalisation keeps the length of NFC text, so token offsets still point into the stored text.
        // Lucene's reusable string reader answers null rather than "" for empty text.
        return new StringReader(VietnameseNormalizer.NormalizeForMatching(reader.ReadToEnd() ?? string.Empty));
    }
}
