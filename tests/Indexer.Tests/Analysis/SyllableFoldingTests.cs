using Pipeline.Indexer.Analysis;

namespace Pipeline.Indexer.Tests.Analysis;

public sealed class SyllableFoldingTests
{
    [Theory]
    [InlineData("lào", "lao")]
    [InlineData("hợp", "hop")]
    [InlineData("đà", "da")]
    [InlineData("nhật", "nhat")]
    [InlineData("hop", "hop")]
    public void Fold_Syllable_SameAsFoldedFieldToken(string syllable, string expected)
    {
        Assert.Equal(expected, SyllableFolding.Fold(syllable));
        Assert.Equal([expected], VietnameseAnalyzerTests.Tokens(SyllableForm.Folded, syllable));
    }
}
