namespace Pipeline.Text.Tests;

public sealed class SyllableTokenizerTests
{
    [Fact]
    public void Tokenize_SyllablesAndNumbers_WithOffsets()
    {
        var tokens = SyllableTokenizer.Tokenize("Hợp tác 1.500 liều, 1,5 tỷ (WHO).");

        Assert.Equal(["Hợp", "tác", "1.500", "liều", "1,5", "tỷ", "WHO"], tokens.Select(t => t.Text));
        Assert.Equal(8, tokens[2].Start);
    }
}
