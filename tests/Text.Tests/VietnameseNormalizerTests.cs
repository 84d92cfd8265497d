using System.Text;

namespace Pipeline.Text.Tests;

public sealed class VietnameseNormalizerTests
{
    [Fact]
    public void Normalize_DecomposedInput_ReturnsComposed()
    {
        var decomposed = "Hợp tác quốc tế".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Hợp tác quốc tế", decomposed);
        Assert.Equal("Hợp tác quốc tế", VietnameseNormalizer.Normalize(decomposed));
    }

    [Fact]
    public void Normalize_IcelandicEth_BecomesVietnameseDd()
    {
        Assert.Equal("\u0110à Nẵng", VietnameseNormalizer.Normalize("\u00D0à Nẵng"));
    }

    [Fact]
    public void Normalize_ZeroWidthAndOddSpaces_RemovedAndUnified()
    {
        Assert.Equal("Bộ Y tế", VietnameseNormalizer.Normalize("Bộ\u00A0Y\u200B tế".Replace(" tế", "\u2009tế", StringComparison.Ordinal)));
    }

    [Fact]
    public void NormalizeForMatching_BothTonePlacements_Meet()
    {
        Assert.Equal(VietnameseNormalizer.NormalizeForMatching("Khánh Hòa"), VietnameseNormalizer.NormalizeForMatching("Khánh Hoà"));
    }

    [Fact]
    public void NormalizeForMatching_QuotesAndDashes_UnifiedKeepingLength()
    {
        const string text = "“Hợp tác” – ‘quốc tế’ — 2025−2030";

        var matching = VietnameseNormalizer.NormalizeForMatching(text);

        Assert.Equal("\"Hợp tác\" - 'quốc tế' - 2025-2030", matching);
        Assert.Equal(text.Length, matching.Length);
    }

    // Found by the charset fuzz target and the normaliser's property test (issue #27): string.Normalize throws on
    // unpaired surrogates and U+FFFE, and a zero-width character removed after NFC left a letter and its mark apart.
    // Cases as (input, expected) pairs in code: theory data would not carry lone surrogates through intact.
    [Fact]
    public void Normalize_InvalidCodePointsOrZeroWidthBeforeMark_ReplacedOrComposed()
    {
        (string Input, string Expected)[] cases =
        [
            ("Y t\uD800ế", "Y t\uFFFDế"),
            ("xã\uDC00", "xã\uFFFD"),
            ("\uDC00\uD800", "\uFFFD\uFFFD"),
            ("\uFFFEBộ", "\uFFFDBộ"),
            ("\uD83D\uDE00 Bộ", "\uD83D\uDE00 Bộ"),
            ("Y te\u200B\u0302\u0301", "Y tế"),
        ];

        foreach (var (input, expected) in cases)
        {
            var normalized = VietnameseNormalizer.Normalize(input);

            Assert.Equal(expected, normalized);
            Assert.Equal(normalized, VietnameseNormalizer.Normalize(normalized));
        }
    }
}
