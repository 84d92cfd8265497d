using System.Text;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Tests.Text;

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
}
